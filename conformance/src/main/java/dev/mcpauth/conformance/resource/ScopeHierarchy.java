package dev.mcpauth.conformance.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * Scopes that imply others on the server under test, as its operator declares them: {@code broader>narrower}
 * pairs separated by commas or spaces, such as {@code mcp:admin>mcp:tools}. MCP leaves hierarchies to the server
 * (2026-07-28 "Step-Up Authorization Flow"), so the harness cannot guess them.
 */
public record ScopeHierarchy(List<Implication> implications) {

    /** A broader scope that a server treats as including a narrower one. */
    public record Implication(String broader, String narrower) {
    }

    public ScopeHierarchy {
        implications = List.copyOf(implications);
    }

    /**
     * @throws IllegalArgumentException naming the malformed pair
     */
    public static ScopeHierarchy parse(String declaration) {
        List<Implication> implications = new ArrayList<>();
        for (String pair : declaration.trim().split("[,\\s]+")) {
            String[] scopes = pair.split(">", -1);
            if (scopes.length != 2 || scopes[0].isBlank() || scopes[1].isBlank()) {
                throw new IllegalArgumentException("\"" + pair + "\" is not a scope implication such as "
                        + "mcp:admin>mcp:tools (the broader scope, '>', the scope it includes)");
            }
            implications.add(new Implication(scopes[0], scopes[1]));
        }
        return new ScopeHierarchy(implications);
    }
}

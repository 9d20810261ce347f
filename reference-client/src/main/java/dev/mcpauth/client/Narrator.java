package dev.mcpauth.client;

import java.io.PrintStream;

/**
 * Tells the user, step by step, what the client does during discovery and the grants: which URL it asked, which
 * answer it got, and which requirement the step follows. Messages never contain a token or a secret.
 */
@FunctionalInterface
public interface Narrator {

    Narrator SILENT = message -> {
    };

    void step(String message);

    static Narrator to(PrintStream out) {
        return message -> out.println("[mcp-auth] " + message);
    }
}

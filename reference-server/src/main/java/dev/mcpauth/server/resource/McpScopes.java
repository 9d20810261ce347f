package dev.mcpauth.server.resource;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The scopes this MCP server understands, and the hierarchy among them. */
public final class McpScopes {

    /** Needed for every MCP request. */
    public static final String TOOLS = "mcp:tools";
    /** Needed, in addition, to call the privileged tool. */
    public static final String ADMIN = "mcp:admin";

    public static final List<String> SUPPORTED = List.of(TOOLS, ADMIN);
    /** Granted when a token request names no scope. */
    public static final String DEFAULT = TOOLS;

    /**
     * The narrower scopes each broader scope implies: {@code mcp:admin} implies {@code mcp:tools}, so a token with
     * {@code mcp:admin} alone may do all that {@code mcp:tools} allows (MCP 2026-07-28 authorization, "Step-Up
     * Authorization Flow": servers honour scope hierarchies when deciding whether a token suffices). A challenge
     * still names every scope an operation needs.
     */
    public static final Map<String, Set<String>> IMPLIED = Map.of(ADMIN, Set.of(TOOLS));

    private McpScopes() {
    }

    /** Whether the granted scopes, with every scope they imply, include all the needed ones. */
    public static boolean satisfy(Collection<String> granted, Collection<String> needed) {
        Set<String> held = new HashSet<>(granted);
        granted.forEach(scope -> held.addAll(IMPLIED.getOrDefault(scope, Set.of())));
        return held.containsAll(needed);
    }
}

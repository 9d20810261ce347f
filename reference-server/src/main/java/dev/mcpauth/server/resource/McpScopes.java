package dev.mcpauth.server.resource;

import java.util.List;

/** The scopes this MCP server understands. */
public final class McpScopes {

    /** Needed for every MCP request. */
    public static final String TOOLS = "mcp:tools";
    /** Needed, in addition, to call the privileged tool. */
    public static final String ADMIN = "mcp:admin";

    public static final List<String> SUPPORTED = List.of(TOOLS, ADMIN);
    /** Granted when a token request names no scope. */
    public static final String DEFAULT = TOOLS;

    private McpScopes() {
    }
}

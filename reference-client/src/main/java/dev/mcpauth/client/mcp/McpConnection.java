package dev.mcpauth.client.mcp;

import java.util.List;
import java.util.Map;

/**
 * An MCP server reached through one revision's wire: the seam between what the client does with a server (list
 * and call tools) and how the revision carries it (2026-07-28: stateless requests with {@code _meta} and standard
 * headers; 2025: {@code initialize} and a session). Both wires take their token from the same
 * {@link RequestAuthorization}.
 */
public interface McpConnection extends AutoCloseable {

    /** The revision in use: the one the server accepted. */
    String protocolVersion();

    List<Tool> listTools();

    ToolResult callTool(String name, Map<String, Object> arguments);

    @Override
    void close();

    /** A tool the server offers. */
    record Tool(String name, String description) {
    }

    /**
     * What a tool call returned.
     *
     * @param result  the SDK's result object, to be written as JSON
     * @param isError whether the tool reported an error
     */
    record ToolResult(Object result, boolean isError) {
    }
}

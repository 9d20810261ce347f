package dev.mcpauth.server.mcp;

import java.util.Map;

import dev.mcpauth.server.resource.AuthenticatedCaller;

/**
 * A tool of the reference server as both protocol eras serve it: its name, description, input schema and what it
 * answers to a caller. {@link SessionTools} and {@link StatelessTools} turn it into each SDK's tool type.
 */
record ToolDefinition(String name, String description, Map<String, Object> inputSchema, Handler handler) {

    @FunctionalInterface
    interface Handler {
        Answer call(AuthenticatedCaller caller, Map<String, Object> arguments);
    }

    /** A tool result: its text, its structured content (or null), and whether it reports a tool error. */
    record Answer(String text, Map<String, Object> structured, boolean isError) {

        static Answer text(String text) {
            return new Answer(text, null, false);
        }

        static Answer structured(String text, Map<String, Object> structured) {
            return new Answer(text, structured, false);
        }

        static Answer error(String message) {
            return new Answer(message, null, true);
        }
    }
}

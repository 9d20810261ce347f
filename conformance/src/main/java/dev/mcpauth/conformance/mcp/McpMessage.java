package dev.mcpauth.conformance.mcp;

/** The MCP messages the features name; each wire turns one into its revision's form ({@link McpWire#call}). */
public enum McpMessage {

    /** The request a client opens with: initialize in 2025, any request (tools/list here) in 2026-07-28. */
    FIRST_REQUEST("a first request"),
    INITIALIZE("an initialize request"),
    INITIALIZED("the initialized notification"),
    TOOLS_LIST("a tools/list request"),
    PING("a ping");

    /** The Cucumber expression alternatives for these messages. */
    public static final String PHRASES =
            "a first request|an initialize request|the initialized notification|a tools/list request|a ping";

    private final String phrase;

    McpMessage(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }

    public static McpMessage fromPhrase(String phrase) {
        for (McpMessage message : values()) {
            if (message.phrase.equals(phrase)) {
                return message;
            }
        }
        throw new IllegalArgumentException("unknown MCP message: " + phrase);
    }
}

package dev.mcpauth.conformance.mcp;

/** MCP messages the harness sends, as JSON-RPC bodies. */
public enum McpMessage {

    INITIALIZE("an initialize request", """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
            "capabilities":{},"clientInfo":{"name":"mcp-auth-conformance","version":"0.1.0"}}}"""),
    INITIALIZED("the initialized notification", """
            {"jsonrpc":"2.0","method":"notifications/initialized"}"""),
    TOOLS_LIST("a tools/list request", """
            {"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}}"""),
    PING("a ping", """
            {"jsonrpc":"2.0","id":3,"method":"ping"}""");

    public static final String PROTOCOL_VERSION = "2025-06-18";

    /** The Cucumber expression alternatives for these messages. */
    public static final String PHRASES =
            "an initialize request|the initialized notification|a tools/list request|a ping";

    private final String phrase;
    private final String json;

    McpMessage(String phrase, String json) {
        this.phrase = phrase;
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static McpMessage fromPhrase(String phrase) {
        for (McpMessage message : values()) {
            if (message.phrase.equals(phrase)) {
                return message;
            }
        }
        throw new IllegalArgumentException("unknown MCP message: " + phrase);
    }

    public static String callTool(String tool) {
        return "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\""
                + tool.replace("\"", "\\\"") + "\",\"arguments\":{}}}";
    }
}

package dev.mcpauth.server.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpauth.server.resource.AuthenticatedCaller;
import dev.mcpauth.server.resource.McpScopes;
import dev.mcpauth.server.store.ClientStore;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import net.minidev.json.JSONObject;

/**
 * The reference server's tools: {@code echo}, {@code add}, {@code whoami} (what the server saw in the token, so tests
 * can check it), and {@code server-stats}, which needs the extra scope {@link McpScopes#ADMIN}.
 */
final class McpTools {

    static final String PRIVILEGED_TOOL = "server-stats";
    /** The scope each tool needs beyond {@link McpScopes#TOOLS}. */
    static final Map<String, String> EXTRA_SCOPE_BY_TOOL = Map.of(PRIVILEGED_TOOL, McpScopes.ADMIN);

    private final ClientStore clients;

    McpTools(ClientStore clients) {
        this.clients = clients;
    }

    List<SyncToolSpecification> all() {
        return List.of(
                tool("echo", "Returns the message it is given.",
                        Map.of("message", Map.of("type", "string")), List.of("message"), this::echo),
                tool("add", "Adds two numbers.",
                        Map.of("a", Map.of("type", "number"), "b", Map.of("type", "number")), List.of("a", "b"),
                        this::add),
                tool("whoami", "Tells the client id, subject, scopes and audience of the caller's access token.",
                        Map.of(), List.of(), this::whoami),
                tool(PRIVILEGED_TOOL, "Server statistics; needs the scope " + McpScopes.ADMIN + ".",
                        Map.of(), List.of(), this::serverStats));
    }

    private CallToolResult echo(McpSyncServerExchange exchange, CallToolRequest request) {
        Object message = request.arguments() == null ? null : request.arguments().get("message");
        if (!(message instanceof String text)) {
            return error("argument 'message' must be a string");
        }
        return CallToolResult.builder().addTextContent(text).build();
    }

    private CallToolResult add(McpSyncServerExchange exchange, CallToolRequest request) {
        Map<String, Object> arguments = request.arguments() == null ? Map.of() : request.arguments();
        if (!(arguments.get("a") instanceof Number a) || !(arguments.get("b") instanceof Number b)) {
            return error("arguments 'a' and 'b' must be numbers");
        }
        java.math.BigDecimal sum = new java.math.BigDecimal(a.toString()).add(new java.math.BigDecimal(b.toString()));
        return CallToolResult.builder().addTextContent(sum.stripTrailingZeros().toPlainString()).build();
    }

    private CallToolResult whoami(McpSyncServerExchange exchange, CallToolRequest request) {
        AuthenticatedCaller caller = (AuthenticatedCaller) exchange.transportContext().get(AuthenticatedCaller.ATTRIBUTE);
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("client_id", caller.clientId());
        seen.put("sub", caller.subject());
        seen.put("scope", caller.scopes().stream().sorted().toList());
        seen.put("aud", caller.audience());
        return CallToolResult.builder().addTextContent(new JSONObject(seen).toJSONString())
                .structuredContent(seen).build();
    }

    private CallToolResult serverStats(McpSyncServerExchange exchange, CallToolRequest request) {
        Map<String, Object> stats = Map.of("registered_clients", clients.count());
        return CallToolResult.builder().addTextContent(new JSONObject(stats).toJSONString())
                .structuredContent(stats).build();
    }

    private static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }

    private static SyncToolSpecification tool(String name, String description, Map<String, Object> properties,
                                              List<String> required,
                                              java.util.function.BiFunction<McpSyncServerExchange, CallToolRequest,
                                                      CallToolResult> handler) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        Tool tool = Tool.builder().name(name).description(description).inputSchema(schema).build();
        return SyncToolSpecification.builder().tool(tool).callHandler(handler).build();
    }
}

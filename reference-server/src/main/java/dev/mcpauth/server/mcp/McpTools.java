package dev.mcpauth.server.mcp;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpauth.server.resource.AuthenticatedCaller;
import dev.mcpauth.server.resource.McpScopes;
import dev.mcpauth.server.store.ClientStore;
import net.minidev.json.JSONObject;

/**
 * The reference server's tools: {@code echo}, {@code add}, {@code whoami} (what the server saw in the token, so tests
 * can check it), and {@code server-stats}, which needs the extra scope {@link McpScopes#ADMIN}. The same tools are
 * served on every protocol revision.
 */
final class McpTools {

    static final String PRIVILEGED_TOOL = "server-stats";
    /** The scope each tool needs beyond {@link McpScopes#TOOLS}. */
    static final Map<String, String> EXTRA_SCOPE_BY_TOOL = Map.of(PRIVILEGED_TOOL, McpScopes.ADMIN);

    private final ClientStore clients;

    McpTools(ClientStore clients) {
        this.clients = clients;
    }

    List<ToolDefinition> all() {
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

    private ToolDefinition.Answer echo(AuthenticatedCaller caller, Map<String, Object> arguments) {
        if (!(arguments.get("message") instanceof String text)) {
            return ToolDefinition.Answer.error("argument 'message' must be a string");
        }
        return ToolDefinition.Answer.text(text);
    }

    private ToolDefinition.Answer add(AuthenticatedCaller caller, Map<String, Object> arguments) {
        if (!(arguments.get("a") instanceof Number a) || !(arguments.get("b") instanceof Number b)) {
            return ToolDefinition.Answer.error("arguments 'a' and 'b' must be numbers");
        }
        BigDecimal sum = new BigDecimal(a.toString()).add(new BigDecimal(b.toString()));
        return ToolDefinition.Answer.text(sum.stripTrailingZeros().toPlainString());
    }

    private ToolDefinition.Answer whoami(AuthenticatedCaller caller, Map<String, Object> arguments) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("client_id", caller.clientId());
        seen.put("sub", caller.subject());
        seen.put("scope", caller.scopes().stream().sorted().toList());
        seen.put("aud", caller.audience());
        return ToolDefinition.Answer.structured(new JSONObject(seen).toJSONString(), seen);
    }

    private ToolDefinition.Answer serverStats(AuthenticatedCaller caller, Map<String, Object> arguments) {
        Map<String, Object> stats = Map.of("registered_clients", clients.count());
        return ToolDefinition.Answer.structured(new JSONObject(stats).toJSONString(), stats);
    }

    private static ToolDefinition tool(String name, String description, Map<String, Object> properties,
                                       List<String> required, ToolDefinition.Handler handler) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        return new ToolDefinition(name, description, schema, handler);
    }
}

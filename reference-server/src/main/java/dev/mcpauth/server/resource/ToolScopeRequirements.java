package dev.mcpauth.server.resource;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scopes an MCP request needs: {@link McpScopes#TOOLS} for everything, plus the extra scope of a privileged
 * tool when the request calls it. Known before the request reaches the MCP SDK, so that a missing scope is an HTTP
 * 403 with a challenge rather than a tool error.
 */
public final class ToolScopeRequirements {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> extraScopeByTool;

    public ToolScopeRequirements(Map<String, String> extraScopeByTool) {
        this.extraScopeByTool = Map.copyOf(extraScopeByTool);
    }

    public Set<String> requiredFor(byte[] body) {
        Set<String> required = new LinkedHashSet<>();
        required.add(McpScopes.TOOLS);
        if (body.length == 0) {
            return required;
        }
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (JacksonException e) {
            return required; // not JSON: the MCP transport answers with a parse error
        }
        if (message.isArray()) {
            message.forEach(element -> addToolScope(element, required));
        } else {
            addToolScope(message, required);
        }
        return required;
    }

    private void addToolScope(JsonNode message, Set<String> required) {
        if (message.isObject() && "tools/call".equals(message.path("method").asString(""))) {
            String extra = extraScopeByTool.get(message.path("params").path("name").asString(""));
            if (extra != null) {
                required.add(extra);
            }
        }
    }
}

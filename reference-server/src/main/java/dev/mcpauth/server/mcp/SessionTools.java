package dev.mcpauth.server.mcp;

import java.util.List;
import java.util.Map;

import dev.mcpauth.server.resource.AuthenticatedCaller;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;

/** The tools as the SDK's 2025 server (sessions) serves them. */
final class SessionTools {

    private SessionTools() {
    }

    static List<SyncToolSpecification> of(List<ToolDefinition> tools) {
        return tools.stream().map(SessionTools::specification).toList();
    }

    private static SyncToolSpecification specification(ToolDefinition definition) {
        Tool tool = Tool.builder().name(definition.name()).description(definition.description())
                .inputSchema(definition.inputSchema()).build();
        return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
            AuthenticatedCaller caller =
                    (AuthenticatedCaller) exchange.transportContext().get(AuthenticatedCaller.ATTRIBUTE);
            Map<String, Object> arguments = request.arguments() == null ? Map.of() : request.arguments();
            return result(definition.handler().call(caller, arguments));
        }).build();
    }

    private static CallToolResult result(ToolDefinition.Answer answer) {
        CallToolResult.Builder result = CallToolResult.builder().addTextContent(answer.text());
        if (answer.structured() != null) {
            result.structuredContent(answer.structured());
        }
        return answer.isError() ? result.isError(true).build() : result.build();
    }
}

package dev.mcpauth.server.mcp;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.mcpauth.server.resource.AuthenticatedCaller;
import io.modelcontextprotocol.modern.McpSchema.CallToolResult;
import io.modelcontextprotocol.modern.McpSchema.TextContent;
import io.modelcontextprotocol.modern.McpSchema.Tool;
import io.modelcontextprotocol.modern.server.McpRequestContext;
import io.modelcontextprotocol.modern.server.McpSyncResponse;
import io.modelcontextprotocol.modern.server.feature.McpSyncTool;
import io.modelcontextprotocol.modern.server.feature.McpSyncToolRepository;
import io.modelcontextprotocol.modern.server.feature.ToolsPage;

/** The tools as the SDK's 2026-07-28 stateless server serves them: one page, the same for every caller. */
final class StatelessTools implements McpSyncToolRepository {

    private final Map<String, McpSyncTool> byName;
    private final ToolsPage page;

    StatelessTools(List<ToolDefinition> tools) {
        this.byName = tools.stream().collect(Collectors.toUnmodifiableMap(ToolDefinition::name,
                StatelessTools::tool));
        this.page = ToolsPage.of(tools.stream().map(ToolDefinition::name).map(byName::get)
                .map(McpSyncTool::definition).toList());
    }

    @Override
    public ToolsPage list(McpRequestContext ctx, String cursor) {
        return page;
    }

    @Override
    public McpSyncTool find(McpRequestContext ctx, String name) {
        return byName.get(name);
    }

    private static McpSyncTool tool(ToolDefinition definition) {
        Tool tool = Tool.builder(definition.name(), definition.inputSchema()).description(definition.description())
                .build();
        return McpSyncTool.of(tool, (ctx, request) -> {
            AuthenticatedCaller caller =
                    (AuthenticatedCaller) ctx.transportContext().get(AuthenticatedCaller.ATTRIBUTE);
            Map<String, Object> arguments = request.arguments() == null ? Map.of() : request.arguments();
            return McpSyncResponse.result(result(definition.handler().call(caller, arguments)));
        });
    }

    private static CallToolResult result(ToolDefinition.Answer answer) {
        CallToolResult.Builder result = CallToolResult.builder().addContent(TextContent.builder(answer.text()).build());
        if (answer.structured() != null) {
            result.structuredContent(answer.structured());
        }
        return answer.isError() ? result.isError(true).build() : result.build();
    }
}

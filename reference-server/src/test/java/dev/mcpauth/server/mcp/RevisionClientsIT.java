package dev.mcpauth.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mcpauth.server.support.ReferenceServerIT;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.modern.client.transport.HttpClientMcpTransport;
import io.modelcontextprotocol.modern.client.transport.McpHttpRequestCustomizer;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;

/**
 * The MCP SDK's own clients of each revision list and call the tools of one running server with their tokens: a
 * 2025-06-18 and a 2025-11-25 client (initialize and a session), and a 2026-07-28 client (stateless).
 */
class RevisionClientsIT extends ReferenceServerIT {

    private static final List<String> TOOLS = List.of("echo", "add", "whoami", "server-stats");

    @Test
    void sessionClientsOfBothRevisionsListAndCallTools() {
        for (String revision : List.of("2025-06-18", "2025-11-25")) {
            String token = server.accessToken();
            McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.baseUrl())
                            .endpoint("/mcp").supportedProtocolVersions(List.of(revision))
                            .httpRequestCustomizer((request, method, uri, body, context) ->
                                    request.header("Authorization", "Bearer " + token))
                            .build())
                    .requestTimeout(Duration.ofSeconds(20)).build();
            try {
                assertThat(client.initialize().protocolVersion()).as(revision).isEqualTo(revision);
                assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).as(revision)
                        .containsExactlyInAnyOrderElementsOf(TOOLS);
                McpSchema.CallToolResult sum = client.callTool(new McpSchema.CallToolRequest("add",
                        Map.of("a", 40, "b", 2)));
                assertThat(((McpSchema.TextContent) sum.content().get(0)).text()).as(revision).isEqualTo("42");
            } finally {
                client.closeGracefully();
            }
        }
    }

    @Test
    void statelessClientDiscoversListsAndCallsTools() {
        String token = server.accessToken();
        var client = io.modelcontextprotocol.modern.client.McpClient.sync(
                HttpClientMcpTransport.builder(server.resource())
                        .requestCustomizer(McpHttpRequestCustomizer.fromSync((request, headers, context) ->
                                headers.set("Authorization", "Bearer " + token)))
                        .build())
                .build();
        assertThat(client.discover().supportedVersions()).contains("2026-07-28");
        assertThat(client.listTools().list().tools())
                .extracting(io.modelcontextprotocol.modern.McpSchema.Tool::name)
                .containsExactlyInAnyOrderElementsOf(TOOLS);
        var sum = client.tool("add").arguments(Map.of("a", 40, "b", 2)).call();
        assertThat(((io.modelcontextprotocol.modern.McpSchema.TextContent) sum.content().get(0)).text())
                .isEqualTo("42");
    }
}

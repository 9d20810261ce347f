package dev.mcpauth.client.mcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.ServerAuthorization;
import dev.mcpauth.client.ServerFailure;
import dev.mcpauth.client.support.StubServers;
import dev.mcpauth.client.token.GrantChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The revision seam: the 2026-07-28 wire, the fallback to initialize, and one authorization for both. */
class McpConnectionsTest {

    @RegisterExtension
    static WireMockExtension wm = StubServers.extension();

    @TempDir
    Path dir;

    private StubServers stubs;

    @BeforeEach
    void servers() {
        stubs = new StubServers(wm).conformant();
    }

    @Test
    void aModernServerIsDiscoveredAndUsedStatelesslyWithTheTokenOnEveryRequest() {
        modernServer("access-1");

        try (McpConnection connection = open(ProtocolChoice.AUTO)) {
            assertThat(connection.protocolVersion()).isEqualTo("2026-07-28");
            assertThat(connection.listTools()).extracting(McpConnection.Tool::name).containsExactly("echo");
            assertThat(connection.callTool("echo", Map.of("message", "hi")).isError()).isFalse();
        }

        List<LoggedRequest> mcp = stubs.requests(StubServers.MCP_PATH);
        assertThat(mcp).extracting(McpConnectionsTest::method)
                .containsExactly("server/discover", "server/discover", "tools/list", "tools/call");
        assertThat(mcp.get(0).getHeader("Authorization")).as("before the server asked for one").isNull();
        assertThat(mcp.subList(1, mcp.size())).allSatisfy(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer access-1");
            assertThat(request.getHeader("MCP-Protocol-Version")).isEqualTo("2026-07-28");
            assertThat(request.getHeader("Mcp-Method")).isEqualTo(method(request));
            assertThat(request.getBodyAsString()).contains("\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"");
            assertThat(request.getHeader("Mcp-Session-Id")).isNull();
        });
        assertThat(mcp.get(3).getHeader("Mcp-Name")).isEqualTo("echo");
    }

    @Test
    void aLegacyServerAnsweringTheModernRequestWith400IsUsedThroughInitialize() {
        legacyServer("access-1", "2025-11-25");
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(2)
                .withRequestBody(matchingJsonPath("$.method", equalTo("server/discover")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32000,"
                                + "\"message\":\"Bad Request: No valid session ID provided\"}}")));

        try (McpConnection connection = open(ProtocolChoice.AUTO)) {
            assertThat(connection.protocolVersion()).isEqualTo("2025-11-25");
            assertThat(connection.listTools()).extracting(McpConnection.Tool::name).containsExactly("echo");
        }

        assertThat(stubs.requests(StubServers.MCP_PATH)).extracting(McpConnectionsTest::method)
                .startsWith("server/discover", "initialize", "initialize").contains("tools/list");
        assertThat(stubs.requests("/token")).hasSize(1);
    }

    @Test
    void afterInitializeEveryRequestNamesTheRevisionTheServerChoseEvenAnOlderOne() {
        legacyServer("access-1", "2025-06-18");
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(2)
                .withRequestBody(matchingJsonPath("$.method", equalTo("server/discover")))
                .willReturn(aResponse().withStatus(400)));

        try (McpConnection connection = open(ProtocolChoice.AUTO)) {
            assertThat(connection.protocolVersion()).isEqualTo("2025-06-18");
            connection.listTools();
        }

        List<LoggedRequest> mcp = stubs.requests(StubServers.MCP_PATH);
        int initialize = mcp.indexOf(mcp.stream().filter(r -> method(r).equals("initialize"))
                .findFirst().orElseThrow());
        assertThat(mcp.subList(initialize + 1, mcp.size())).filteredOn(r -> !method(r).equals("initialize"))
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(request -> assertThat(
                request.getHeader("MCP-Protocol-Version")).as(method(request)).isEqualTo("2025-06-18"));
    }

    @Test
    void aModernErrorKeepsTheClientOnTheModernWireInsteadOfFallingBack() {
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(2)
                .withHeader("Authorization", equalTo("Bearer access-1"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32020,"
                                + "\"message\":\"Header mismatch\"}}")));

        assertThatThrownBy(() -> open(ProtocolChoice.AUTO)).isInstanceOf(ServerFailure.class);
        assertThat(stubs.requests(StubServers.MCP_PATH)).extracting(McpConnectionsTest::method)
                .doesNotContain("initialize");
    }

    @Test
    void aChosen2025RevisionNeverSendsTheModernRequest() {
        legacyServer("access-1", "2025-06-18");

        try (McpConnection connection = open(ProtocolChoice.V2025_06_18)) {
            assertThat(connection.listTools()).extracting(McpConnection.Tool::name).containsExactly("echo");
        }

        assertThat(stubs.requests(StubServers.MCP_PATH)).extracting(McpConnectionsTest::method)
                .doesNotContain("server/discover").contains("initialize");
    }

    @Test
    void aRequestWhoseConnectionClosedUnansweredIsSentOnceMoreWithANewId() {
        modernServer("access-1");
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(1).inScenario("lost")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .withHeader("Authorization", equalTo("Bearer access-1"))
                .withRequestBody(matchingJsonPath("$.method", equalTo("tools/list")))
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        try (McpConnection connection = open(ProtocolChoice.V2026_07_28)) {
            assertThat(connection.listTools()).extracting(McpConnection.Tool::name).containsExactly("echo");
        }

        List<LoggedRequest> lists = stubs.requests(StubServers.MCP_PATH).stream()
                .filter(request -> method(request).equals("tools/list")).toList();
        assertThat(lists).hasSize(2);
        assertThat(id(lists.get(0))).isNotEqualTo(id(lists.get(1)));
    }

    private McpConnection open(ProtocolChoice protocol) {
        ServerAuthorization authorization = new ServerAuthorization(stubs.settings(dir.resolve("c.json"))
                .withGrant(GrantChoice.CLIENT_CREDENTIALS).withProtocol(protocol));
        return McpConnections.open(stubs.serverUrl(), protocol, authorization, Narrator.SILENT);
    }

    /** A 2026-07-28 server: stateless, answering only requests that carry this token. */
    private void modernServer(String token) {
        modernAnswer(token, "server/discover", "{\"resultType\":\"complete\",\"supportedVersions\":[\"2026-07-28\"],"
                + "\"capabilities\":{\"tools\":{}},\"_meta\":{\"io.modelcontextprotocol/serverInfo\":"
                + "{\"name\":\"stub\",\"version\":\"1\"}}}");
        modernAnswer(token, "tools/list", "{\"resultType\":\"complete\",\"tools\":[{\"name\":\"echo\","
                + "\"inputSchema\":{\"type\":\"object\"}}]}");
        modernAnswer(token, "tools/call", "{\"resultType\":\"complete\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"hi\"}],\"isError\":false}");
    }

    private void modernAnswer(String token, String method, String result) {
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(2)
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("MCP-Protocol-Version", equalTo("2026-07-28"))
                .withRequestBody(matchingJsonPath("$.method", equalTo(method)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"jsonrpc\":\"2.0\",\"id\":{{jsonPath request.body '$.id'}},\"result\":"
                                + result + "}")
                        .withTransformers("response-template")));
    }

    /** A 2025 server with sessions, answering only requests that carry this token. */
    private void legacyServer(String token, String version) {
        stubs.sessionMcpServer(token, version, 3);
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(StubServers.MCP_PATH))
                .willReturn(aResponse().withStatus(405)));
    }

    private static String method(LoggedRequest request) {
        String body = request.getBodyAsString();
        int at = body.indexOf("\"method\":\"");
        return at < 0 ? request.getMethod().toString() : body.substring(at + 10, body.indexOf('"', at + 10));
    }

    private static String id(LoggedRequest request) {
        String body = request.getBodyAsString();
        int at = body.indexOf("\"id\":");
        return body.substring(at + 5, body.indexOf(',', at));
    }
}

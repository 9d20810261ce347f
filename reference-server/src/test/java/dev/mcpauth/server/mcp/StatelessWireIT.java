package dev.mcpauth.server.mcp;

import static dev.mcpauth.server.support.JsonRpc.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.mcpauth.server.support.ReferenceServerIT;
import dev.mcpauth.server.support.StatelessRequest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The 2026-07-28 wire on the one MCP endpoint: discovery, results, and how a request with a valid token is refused. */
class StatelessWireIT extends ReferenceServerIT {

    @Test
    void discoverNamesEveryRevisionTheEndpointServesAndMayBeCached() {
        Response response = StatelessRequest.of("server/discover").token(server.accessToken()).post(server);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonPath result = message(response);
        assertThat(result.getString("result.resultType")).isEqualTo("complete");
        assertThat(result.getList("result.supportedVersions", String.class))
                .containsExactly("2026-07-28", "2025-11-25", "2025-06-18");
        assertThat(result.getMap("result.capabilities.tools")).isNotNull();
        assertThat(result.getLong("result.ttlMs")).isEqualTo(300_000L);
        assertThat(result.getString("result.cacheScope")).isEqualTo("private");
        assertThat(result.getString("result._meta.'io.modelcontextprotocol/serverInfo'.name"))
                .isEqualTo("mcp-auth-reference-server");
        assertThat(response.header("Mcp-Session-Id")).isNull();
    }

    @Test
    void toolsListAndCallAnswerCompleteResults() {
        String token = server.accessToken();
        JsonPath list = message(StatelessRequest.of("tools/list").token(token).post(server));
        assertThat(list.getList("result.tools.name", String.class))
                .containsExactlyInAnyOrder("echo", "add", "whoami", "server-stats");
        assertThat(list.getString("result.resultType")).isEqualTo("complete");
        assertThat(list.getLong("result.ttlMs")).isEqualTo(300_000L);
        assertThat(list.getString("result.cacheScope")).isEqualTo("private");

        JsonPath call = message(StatelessRequest.callTool("add", Map.of("a", 2, "b", 40.5)).token(token).post(server));
        assertThat(call.getString("result.resultType")).isEqualTo("complete");
        assertThat(call.getString("result.content[0].text")).isEqualTo("42.5");
    }

    @Test
    void whoamiSeesTheCallersToken() {
        var client = server.registerConfidentialClient();
        String token = server.accessToken(client, "mcp:tools");
        JsonPath seen = message(StatelessRequest.callTool("whoami", Map.of()).token(token).post(server));
        assertThat(seen.getString("result.structuredContent.client_id")).isEqualTo(client.id());
        assertThat(seen.getList("result.structuredContent.aud")).isEqualTo(List.of(server.resource()));
    }

    @Test
    void mcpMethodHeaderThatDiffersFromTheBodyIsAHeaderMismatch() {
        Response response = StatelessRequest.of("tools/list").header("Mcp-Method", "prompts/list")
                .token(server.accessToken()).post(server);
        assertJsonRpcError(response, 400, -32020);
        assertThat(response.jsonPath().getInt("id")).isPositive();
    }

    @Test
    void mcpNameHeaderThatDiffersFromTheBodyIsAHeaderMismatch() {
        Response response = StatelessRequest.callTool("echo", Map.of("message", "hi")).header("Mcp-Name", "add")
                .token(server.accessToken()).post(server);
        assertJsonRpcError(response, 400, -32020);
    }

    @Test
    void mcpNameHeaderInBase64FormMatchesTheBody() {
        String echo = java.util.Base64.getEncoder().encodeToString("echo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Response response = StatelessRequest.callTool("echo", Map.of("message", "hi"))
                .header("Mcp-Name", "=?base64?" + echo + "?=").token(server.accessToken()).post(server);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(message(response).getString("result.content[0].text")).isEqualTo("hi");
    }

    @Test
    void missingMcpMethodHeaderIsAHeaderMismatch() {
        Response response = StatelessRequest.of("tools/list").header("Mcp-Method", null)
                .token(server.accessToken()).post(server);
        assertJsonRpcError(response, 400, -32020);
    }

    @Test
    void protocolVersionHeaderThatDiffersFromMetaIsAHeaderMismatch() {
        Response response = StatelessRequest.of("tools/list").meta("io.modelcontextprotocol/protocolVersion",
                "1900-01-01").token(server.accessToken()).post(server);
        assertJsonRpcError(response, 400, -32020);
    }

    @Test
    void metaVersionWithoutTheProtocolVersionHeaderIsAHeaderMismatch() {
        Response response = StatelessRequest.of("tools/list").header("MCP-Protocol-Version", null)
                .token(server.accessToken()).post(server);
        assertJsonRpcError(response, 400, -32020);
    }

    @Test
    void unsupportedVersionIsRefusedWithTheSupportedOnes() {
        Response response = StatelessRequest.of("tools/list").header("MCP-Protocol-Version", "1900-01-01")
                .meta("io.modelcontextprotocol/protocolVersion", "1900-01-01").token(server.accessToken()).post(server);
        assertJsonRpcError(response, 400, -32022);
        assertThat(response.jsonPath().getList("error.data.supported", String.class))
                .containsExactly("2026-07-28", "2025-11-25", "2025-06-18");
        assertThat(response.jsonPath().getString("error.data.requested")).isEqualTo("1900-01-01");
    }

    @Test
    void requestWithoutMetaIsInvalidParams() {
        Response response = StatelessRequest.of("tools/list").withoutMeta().token(server.accessToken()).post(server);
        assertJsonRpcError(response, 400, -32602);
    }

    @Test
    void requestWithoutClientCapabilitiesIsInvalidParams() {
        Response response = StatelessRequest.of("tools/list").meta("io.modelcontextprotocol/clientCapabilities", null)
                .token(server.accessToken()).post(server);
        assertJsonRpcError(response, 400, -32602);
    }

    @Test
    void unknownMethodIsNotFound() {
        Response response = StatelessRequest.of("bogus/method").token(server.accessToken()).post(server);
        assertJsonRpcError(response, 404, -32601);
    }

    @Test
    void getAndDeleteOfAStatelessClientAreMethodNotAllowed() {
        String token = server.accessToken();
        for (String method : List.of("GET", "DELETE")) {
            Response response = server.request().header("Authorization", "Bearer " + token)
                    .header("MCP-Protocol-Version", StatelessRequest.VERSION).accept("text/event-stream")
                    .request(method, "/mcp");
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.header("Allow")).as(method).isEqualTo("POST");
            assertJsonRpcError(response, 405, -32600);
        }
    }

    @Test
    void methodNotServedOnAWireIsNotAllowedNamingTheOnesThatAre() {
        String token = server.accessToken();
        Map<String, String> allowByVersion = Map.of("2025-06-18", "GET, POST, DELETE", StatelessRequest.VERSION, "POST");
        allowByVersion.forEach((version, allow) -> {
            Response response = server.request().header("Authorization", "Bearer " + token)
                    .header("MCP-Protocol-Version", version).contentType("application/json").body("{}").put("/mcp");
            assertThat(response.header("Allow")).as(version).isEqualTo(allow);
            assertJsonRpcError(response, 405, -32600);
        });
    }

    @Test
    void sessionIdIsIgnoredEvenWhenItIsAnotherCallersSession() {
        String othersSession = server.openSession(server.accessToken());
        for (String sessionId : List.of("deadbeef", othersSession)) {
            Response response = StatelessRequest.of("tools/list").header("Mcp-Session-Id", sessionId)
                    .token(server.accessToken()).post(server);
            assertThat(response.statusCode()).as(sessionId).isEqualTo(200);
            assertThat(response.header("Mcp-Session-Id")).isNull();
        }
    }

    @Test
    void sessionIdIsNoAuthentication() {
        String session = server.openSession(server.accessToken());
        Response response = StatelessRequest.of("tools/list").header("Mcp-Session-Id", session).post(server);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer ").contains("resource_metadata=");
    }

    @Test
    void discoverWithoutTokenIsChallenged() {
        Response response = StatelessRequest.of("server/discover").post(server);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer ").contains("resource_metadata=")
                .contains("scope=\"mcp:tools\"");
    }

    @Test
    void foreignOriginIsForbiddenAsAJsonRpcErrorOnBothWires() {
        String token = server.accessToken();
        Response stateless = StatelessRequest.of("tools/list").header("Origin", "https://evil.example")
                .token(token).post(server);
        assertJsonRpcError(stateless, 403, -32600);
        assertThat(StatelessRequest.of("tools/list").header("Origin", "http://localhost:3000")
                .token(token).post(server).statusCode()).isEqualTo(200);
        Response sessions = server.request().header("Authorization", "Bearer " + token)
                .header("Origin", "https://evil.example").contentType("application/json")
                .accept(dev.mcpauth.server.support.ReferenceServer.ACCEPT_MCP)
                .body(dev.mcpauth.server.support.JsonRpc.initialize()).post("/mcp");
        assertJsonRpcError(sessions, 403, -32600);
    }

    @Test
    void bodyThatIsNotJsonIsAParseError() {
        Response response = server.request().contentType("application/json").accept("application/json, text/event-stream")
                .header("Authorization", "Bearer " + server.accessToken())
                .header("MCP-Protocol-Version", StatelessRequest.VERSION).header("Mcp-Method", "tools/list")
                .body("{not json").post("/mcp");
        assertJsonRpcError(response, 400, -32700);
    }

    static void assertJsonRpcError(Response response, int status, int code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.asString()).doesNotContain("stackTrace").doesNotContain("java.").doesNotContain("timestamp");
        JsonPath body = response.jsonPath();
        assertThat(body.getString("jsonrpc")).isEqualTo("2.0");
        assertThat(body.getInt("error.code")).isEqualTo(code);
        assertThat(body.getString("error.message")).isNotBlank();
    }
}

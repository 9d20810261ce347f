package dev.mcpauth.server.mcp;

import static dev.mcpauth.server.support.JsonRpc.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.mcpauth.server.support.JsonRpc;
import dev.mcpauth.server.support.ReferenceServer;
import dev.mcpauth.server.support.ReferenceServer.TestClient;
import dev.mcpauth.server.support.ReferenceServerIT;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

class McpToolsIT extends ReferenceServerIT {

    @Test
    void initializeNegotiatesTheRequestedVersionAndOpensASession() {
        Response response = server.mcp(server.accessToken(), null, JsonRpc.initialize());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Mcp-Session-Id")).matches("[\\x21-\\x7E]{16,}");
        JsonPath result = message(response);
        assertThat(result.getString("result.protocolVersion")).isEqualTo("2025-06-18");
        assertThat(result.getMap("result.capabilities.tools")).isNotNull();
    }

    @Test
    void toolsListNamesEveryTool() {
        String token = server.accessToken();
        String session = server.openSession(token);
        JsonPath result = message(server.mcp(token, session, JsonRpc.request("tools/list", Map.of())));
        assertThat(result.getList("result.tools.name", String.class))
                .contains("echo", "add", "whoami", "server-stats");
    }

    @Test
    void echoAndAddAnswer() {
        String token = server.accessToken();
        String session = server.openSession(token);
        assertThat(message(server.callTool(token, session, "echo", Map.of("message", "hello")))
                .getString("result.content[0].text")).isEqualTo("hello");
        assertThat(message(server.callTool(token, session, "add", Map.of("a", 2, "b", 40.5)))
                .getString("result.content[0].text")).isEqualTo("42.5");
    }

    @Test
    void toolWithWrongArgumentsAnswersAToolError() {
        String token = server.accessToken();
        String session = server.openSession(token);
        assertThat(message(server.callTool(token, session, "add", Map.of("a", "two", "b", 1)))
                .getBoolean("result.isError")).isTrue();
    }

    @Test
    void whoamiTellsWhatTheServerSawInTheToken() {
        TestClient client = server.registerConfidentialClient();
        String token = server.accessToken(client, "mcp:tools");
        String session = server.openSession(token);
        JsonPath seen = message(server.callTool(token, session, "whoami", Map.of()));
        assertThat(seen.getString("result.structuredContent.client_id")).isEqualTo(client.id());
        assertThat(seen.getList("result.structuredContent.scope")).isEqualTo(List.of("mcp:tools"));
        assertThat(seen.getList("result.structuredContent.aud")).isEqualTo(List.of(server.resource()));
    }

    @Test
    void privilegedToolWorksWithTheAdminScope() {
        String token = server.accessToken(server.registerConfidentialClient(), "mcp:tools mcp:admin");
        String session = server.openSession(token);
        assertThat(message(server.callTool(token, session, "server-stats", Map.of()))
                .getString("result.content[0].text")).contains("registered_clients");
    }

    @Test
    void pingAnswersAnEmptyResult() {
        String token = server.accessToken();
        String session = server.openSession(token);
        assertThat(message(server.mcp(token, session, JsonRpc.request("ping", Map.of()))).getMap("result"))
                .isEmpty();
    }

    @Test
    void unsupportedProtocolVersionHeaderIsABadRequest() {
        String token = server.accessToken();
        String session = server.openSession(token);
        for (String version : List.of("1999-01-01", "banana")) {
            server.request().header("Authorization", "Bearer " + token).header("Mcp-Session-Id", session)
                    .header("MCP-Protocol-Version", version).contentType("application/json")
                    .accept(ReferenceServer.ACCEPT_MCP).body(JsonRpc.request("ping", Map.of())).post("/mcp")
                    .then().statusCode(400);
        }
    }

    @Test
    void foreignOriginIsForbiddenAndLoopbackOriginAllowed() {
        String token = server.accessToken();
        server.request().header("Authorization", "Bearer " + token).header("Origin", "https://evil.example")
                .contentType("application/json").accept(ReferenceServer.ACCEPT_MCP)
                .body(JsonRpc.initialize()).post("/mcp").then().statusCode(403);
        server.request().header("Authorization", "Bearer " + token).header("Origin", "http://localhost:3000")
                .contentType("application/json").accept(ReferenceServer.ACCEPT_MCP)
                .body(JsonRpc.initialize()).post("/mcp").then().statusCode(200);
    }

    @Test
    void deletedSessionIsGone() {
        String token = server.accessToken();
        String session = server.openSession(token);
        server.request().header("Authorization", "Bearer " + token).header("Mcp-Session-Id", session)
                .delete("/mcp").then().statusCode(200);
        server.mcp(token, session, JsonRpc.request("ping", Map.of())).then().statusCode(404);
    }

    @Test
    void bodyThatIsJsonButNoMessageIsABadRequest() {
        String token = server.accessToken();
        String session = server.openSession(token);
        Response response = server.mcp(token, session, "null");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getInt("error.code")).isEqualTo(-32600);
    }

    @Test
    void toolCallWithoutParamsIsInvalidParamsNotAServerError() {
        String token = server.accessToken();
        String session = server.openSession(token);
        for (String body : List.of("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":\"x\"}")) {
            Response response = server.mcp(token, session, body);
            assertThat(response.statusCode()).as(body).isEqualTo(200);
            assertThat(message(response).getInt("error.code")).isEqualTo(-32602);
            assertThat(message(response).getInt("id")).isEqualTo(8);
        }
    }
}

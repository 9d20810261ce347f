package dev.mcpauth.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.mcpauth.server.support.JsonRpc;
import dev.mcpauth.server.support.ReferenceServer;
import dev.mcpauth.server.support.ReferenceServerIT;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * How the transport answers refused messages and opens the GET event stream. The server recycles connections after
 * Tomcat's default of 100 requests here, not its own 10,000, so that a client keeping one connection sees it closed.
 */
@TestPropertySource(properties = "server.tomcat.max-keep-alive-requests=100")
class TransportAnswersIT extends ReferenceServerIT {

    @Test
    void requestWithoutSessionIdIsAnIdLessJsonRpcErrorWithoutStackTrace() {
        String token = server.accessToken();
        Response response = server.mcp(token, null, JsonRpc.request("tools/list", Map.of()));
        assertRefusedAsJsonRpcError(response, 400);
    }

    @Test
    void batchIsRefusedAsAJsonRpcError() {
        String token = server.accessToken();
        String session = server.openSession(token);
        Response response = server.mcp(token, session, "[" + JsonRpc.request("ping", Map.of()) + ","
                + JsonRpc.request("ping", Map.of()) + "]");
        assertRefusedAsJsonRpcError(response, 400);
    }

    @Test
    void unknownSessionIsNotFoundAsAJsonRpcError() {
        String token = server.accessToken();
        Response response = server.mcp(token, "never-issued-session", JsonRpc.request("ping", Map.of()));
        assertRefusedAsJsonRpcError(response, 404);
    }

    @Test
    void getOpensTheEventStreamWithoutWaitingForTheFirstEvent() throws Exception {
        String token = server.accessToken();
        String session = server.openSession(token);
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .sendAsync(server.listenRequest(token, session), HttpResponse.BodyHandlers.ofInputStream())
                .get(5, TimeUnit.SECONDS);
        try (InputStream body = response.body()) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
        }
    }

    @Test
    void eventIdsAreNotReusedWithinASession() {
        String token = server.accessToken();
        String session = server.openSession(token);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Response answer = server.mcp(token, session, JsonRpc.request("ping", Map.of()));
            assertThat(answer.contentType()).startsWith("text/event-stream");
            answer.asString().lines().filter(line -> line.startsWith("id:")).forEach(ids::add);
        }
        assertThat(ids).hasSize(3).doesNotHaveDuplicates().noneMatch(id -> id.contains(session));
    }

    @Test
    void aClientKeepingOneConnectionLosesNoRequestWhenTheServerRecyclesIt() throws Exception {
        String token = server.accessToken();
        String session = server.openSession(token);
        // one client sending one request at a time holds one connection; Tomcat closes it every 100 requests
        HttpClient oneConnection = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int closes = 0;
        for (int i = 0; i < 250; i++) {
            HttpRequest ping = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mcp"))
                    .header("Authorization", "Bearer " + token).header("Mcp-Session-Id", session)
                    .header("MCP-Protocol-Version", "2025-06-18").header("Accept", ReferenceServer.ACCEPT_MCP)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JsonRpc.request("ping", Map.of()))).build();
            HttpResponse<String> answer = oneConnection.send(ping, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("request %d", i + 1).isEqualTo(200);
            List<String> connection = answer.headers().allValues("Connection");
            // a client reading "keep-alive" first would send its next request on the connection being closed
            assertThat(connection).as("Connection of answer %d", i + 1).isIn(List.of(), List.of("close"));
            closes += connection.isEmpty() ? 0 : 1;
        }
        assertThat(closes).as("answers announcing that the server closes the connection").isPositive();
    }

    private static void assertRefusedAsJsonRpcError(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.asString()).doesNotContain("stackTrace").doesNotContain("java.");
        JsonPath message = response.jsonPath();
        assertThat(message.getString("jsonrpc")).isEqualTo("2.0");
        assertThat(message.getMap("error")).containsKeys("code", "message");
        assertThat(message.getMap("")).doesNotContainKey("id");
    }
}

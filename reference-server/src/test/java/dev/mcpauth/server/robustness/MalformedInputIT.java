package dev.mcpauth.server.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import dev.mcpauth.server.support.ReferenceServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests of every kind we could think of, at every endpoint: each must get a 4xx answer, never a 5xx
 * and never a stack trace, and the server must still work afterwards.
 */
class MalformedInputIT extends ReferenceServerIT {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;
    private String session;

    record Raw(String method, String path, String contentType, String body, String... headers) {
    }

    @BeforeEach
    void validCredentials() {
        token = server.accessToken();
        session = server.openSession(token);
    }

    @Test
    void everyMalformedRequestGetsAClientErrorWithoutAStackTrace() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Raw request : malformedRequests().toList()) {
            Answer response = send(request);
            boolean clientError = response.statusCode() >= 400 && response.statusCode() < 500;
            boolean leaks = response.body().contains("Exception") || response.body().contains("\tat ")
                    || response.body().contains("at java.") || response.body().contains("at dev.mcpauth");
            if (!clientError || leaks) {
                failures.add(request.method() + " " + request.path() + " [" + abbreviate(request.body()) + "] -> "
                        + response.statusCode() + " " + abbreviate(response.body()));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(server.mcp(token, session, dev.mcpauth.server.support.JsonRpc.request("ping",
                java.util.Map.of())).statusCode()).as("server still healthy").isEqualTo(200);
    }

    private Stream<Raw> malformedRequests() {
        String bearer = "Authorization";
        String auth = "Bearer " + token;
        String big = "x".repeat(200_000);
        return Stream.of(
                // token endpoint
                new Raw("POST", "/token", FORM, ""),
                new Raw("POST", "/token", FORM, "grant_type="),
                new Raw("POST", "/token", FORM, "grant_type=client_credentials&grant_type=client_credentials"),
                new Raw("POST", "/token", FORM, "%zz=%zz"),
                new Raw("POST", "/token", FORM, "grant_type=client_credentials",
                        "Authorization", "Basic !!!not-base64"),
                new Raw("POST", "/token", FORM, "grant_type=client_credentials",
                        "Authorization", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes())),
                new Raw("POST", "/token", FORM, "grant_type=client_credentials",
                        "Authorization", "Basic " + Base64.getEncoder().encodeToString("%zz:%zz".getBytes())),
                new Raw("POST", "/token", FORM, "grant_type=authorization_code&code=x&client_id=nobody"),
                new Raw("POST", "/token", FORM, "grant_type=refresh_token&client_id=nobody"),
                new Raw("POST", "/token", FORM, "grant_type=client_credentials&client_assertion_type="
                        + "urn:ietf:params:oauth:client-assertion-type:jwt-bearer&client_assertion=not.a.jwt"),
                new Raw("POST", "/token", FORM, "grant_type=client_credentials&resource=%%%"),
                new Raw("POST", "/token", FORM, "grant_type=client_credentials&resource=not a uri"),
                new Raw("POST", "/token", FORM, "a=" + big),
                new Raw("POST", "/token", JSON, "{\"grant_type\":\"client_credentials\"}"),
                new Raw("POST", "/token", "text/plain", "grant_type=client_credentials"),
                new Raw("POST", "/token", null, "\u0000\u0001\u0002"),
                new Raw("GET", "/token", null, ""),
                new Raw("PUT", "/token", FORM, "grant_type=client_credentials"),
                // registration endpoint
                new Raw("POST", "/register", JSON, ""),
                new Raw("POST", "/register", JSON, "[]"),
                new Raw("POST", "/register", JSON, "null"),
                new Raw("POST", "/register", JSON, "\"string\""),
                new Raw("POST", "/register", JSON, "{\"redirect_uris\":\"https://a.example/cb\"}"),
                new Raw("POST", "/register", JSON, "{\"redirect_uris\":[1,2]}"),
                new Raw("POST", "/register", JSON, "{\"grant_types\":\"client_credentials\"}"),
                new Raw("POST", "/register", JSON, "{\"grant_types\":[\"client_credentials\"],\"jwks\":\"x\"}"),
                new Raw("POST", "/register", JSON, "{\"grant_types\":[\"client_credentials\"],"
                        + "\"token_endpoint_auth_method\":\"private_key_jwt\",\"jwks\":{\"keys\":[{\"kty\":\"EC\"}]}}"),
                new Raw("POST", "/register", JSON, "{\"grant_types\":[\"client_credentials\"],\"scope\":42}"),
                new Raw("POST", "/register", JSON, "{\"redirect_uris\":[\"http://[::1\"]}"),
                new Raw("POST", "/register", JSON, "{\"client_name\":\"" + big + "\""),
                new Raw("POST", "/register", JSON, "{".repeat(5000)),
                new Raw("POST", "/register", "text/plain", "{}"),
                new Raw("GET", "/register", null, ""),
                // authorization endpoint
                new Raw("GET", "/authorize", null, ""),
                new Raw("GET", "/authorize?client_id=%zz", null, ""),
                new Raw("GET", "/authorize?client_id=a&client_id=b", null, ""),
                new Raw("GET", "/authorize?response_type=code&client_id=nobody&redirect_uri=javascript:alert(1)",
                        null, ""),
                new Raw("GET", "/authorize?state=" + "s".repeat(4000), null, ""),
                new Raw("POST", "/authorize/decision", FORM, "ticket=forged&decision=approve"),
                new Raw("POST", "/authorize/decision", FORM, ""),
                // introspection and revocation
                new Raw("POST", "/introspect", FORM, ""),
                new Raw("POST", "/introspect", FORM, "token="),
                new Raw("POST", "/introspect", JSON, "{\"token\":\"x\"}"),
                new Raw("POST", "/revoke", FORM, ""),
                new Raw("POST", "/revoke", FORM, "token=x"),
                new Raw("POST", "/revoke", FORM, "token=x", "Authorization", "Basic xyz"),
                // MCP endpoint, with a valid token
                new Raw("POST", "/mcp", JSON, "{not json", bearer, auth, "Mcp-Session-Id", session),
                new Raw("POST", "/mcp", JSON, "", bearer, auth, "Mcp-Session-Id", session),
                new Raw("POST", "/mcp", JSON, "[]", bearer, auth, "Mcp-Session-Id", session),
                new Raw("POST", "/mcp", JSON, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", bearer, auth,
                        "Mcp-Session-Id", "no-such-session"),
                new Raw("POST", "/mcp", JSON, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", bearer,
                        auth),
                new Raw("POST", "/mcp", "text/plain", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", bearer,
                        auth, "Mcp-Session-Id", session),
                new Raw("POST", "/mcp", JSON, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", bearer, auth,
                        "Mcp-Session-Id", session, "MCP-Protocol-Version", "banana"),
                new Raw("GET", "/mcp", null, "", bearer, auth, "Mcp-Session-Id", "no-such-session",
                        "Accept", "text/event-stream"),
                new Raw("DELETE", "/mcp", null, "", bearer, auth, "Mcp-Session-Id", "no-such-session"),
                new Raw("POST", "/mcp", JSON, "{}", bearer, "Bearer " + "a".repeat(20_000)),
                new Raw("POST", "/mcp", JSON, "{}", bearer, "Bearer a.b.c"),
                new Raw("POST", "/mcp", JSON, "{}", bearer, "Bearer eyJhbGciOiJub25lIn0.e30."),
                // discovery
                new Raw("GET", "/.well-known/oauth-protected-resource/other", null, ""),
                new Raw("GET", "/.well-known/oauth-authorization-server/unknown", null, ""),
                new Raw("POST", "/.well-known/oauth-authorization-server", JSON, "{}"),
                new Raw("GET", "/no/such/path", null, ""));
    }

    /** Status and body; over a plain socket when the path is not even a valid URI. */
    private Answer send(Raw request) throws IOException, InterruptedException {
        try {
            URI.create(server.baseUrl() + request.path());
        } catch (IllegalArgumentException notAUri) {
            return sendOverSocket(request);
        }
        HttpResponse<String> response = sendWithHttpClient(request);
        return new Answer(response.statusCode(), response.body());
    }

    record Answer(int statusCode, String body) {
    }

    private Answer sendOverSocket(Raw request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write((request.method() + " " + request.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(raw.substring(9, 12));
            int bodyStart = raw.indexOf("\r\n\r\n");
            return new Answer(status, bodyStart < 0 ? "" : raw.substring(bodyStart + 4));
        }
    }

    private HttpResponse<String> sendWithHttpClient(Raw request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.baseUrl() + request.path()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.path().equals("/mcp")) {
            builder.header("Accept", "application/json, text/event-stream");
        }
        for (int i = 0; i + 1 < request.headers().length; i += 2) {
            builder.setHeader(request.headers()[i], request.headers()[i + 1]);
        }
        builder.method(request.method(), request.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body()));
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}

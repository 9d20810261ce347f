package dev.mcpauth.server.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Talks to a running reference server over real HTTP, the way a client would. */
public final class ReferenceServer {

    public static final String ACCEPT_MCP = "application/json, text/event-stream";

    private final String baseUrl;

    public ReferenceServer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String resource() {
        return baseUrl + "/mcp";
    }

    public RequestSpecification request() {
        return given().baseUri(baseUrl).redirects().follow(false).urlEncodingEnabled(true);
    }

    public Response register(Map<String, ?> metadata) {
        return request().contentType(ContentType.JSON).body(metadata).post("/register");
    }

    /** A client registered for client credentials with the given authentication method and scope (or null). */
    public TestClient registerConfidentialClient(String authMethod, String scope) {
        Map<String, Object> metadata = new java.util.HashMap<>(Map.of(
                "client_name", "test client",
                "grant_types", List.of("client_credentials"),
                "token_endpoint_auth_method", authMethod));
        if (scope != null) {
            metadata.put("scope", scope);
        }
        Response response = register(metadata);
        response.then().statusCode(201);
        return new TestClient(response.path("client_id"), response.path("client_secret"));
    }

    public TestClient registerConfidentialClient() {
        return registerConfidentialClient("client_secret_basic", null);
    }

    public Response clientCredentials(TestClient client, Map<String, String> extraParameters) {
        RequestSpecification spec = request().auth().preemptive().basic(client.id(), client.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials");
        extraParameters.forEach(spec::formParam);
        return spec.post("/token");
    }

    /** An access token for this server, with the given scope (or the default scope when null). */
    public String accessToken(TestClient client, String scope) {
        Map<String, String> parameters = new java.util.HashMap<>(Map.of("resource", resource()));
        if (scope != null) {
            parameters.put("scope", scope);
        }
        Response response = clientCredentials(client, parameters);
        response.then().statusCode(200);
        return response.path("access_token");
    }

    public String accessToken() {
        return accessToken(registerConfidentialClient(), null);
    }

    public Response mcp(String accessToken, String sessionId, String jsonRpc) {
        RequestSpecification spec = request().contentType(ContentType.JSON).accept(ACCEPT_MCP).body(jsonRpc);
        if (accessToken != null) {
            spec.header("Authorization", "Bearer " + accessToken);
        }
        if (sessionId != null) {
            spec.header("Mcp-Session-Id", sessionId).header("MCP-Protocol-Version", "2025-06-18");
        }
        return spec.post("/mcp");
    }

    /** Opens an MCP session (initialize + initialized) and answers its id. */
    public String openSession(String accessToken) {
        Response init = mcp(accessToken, null, JsonRpc.initialize());
        init.then().statusCode(200);
        String sessionId = init.header("Mcp-Session-Id");
        mcp(accessToken, sessionId, JsonRpc.notification("notifications/initialized")).then().statusCode(202);
        return sessionId;
    }

    /** The GET that opens a session's event stream (Streamable HTTP "Listening"), for the JDK client. */
    public java.net.http.HttpRequest listenRequest(String accessToken, String sessionId) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/mcp"))
                .header("Authorization", "Bearer " + accessToken).header("Mcp-Session-Id", sessionId)
                .header("MCP-Protocol-Version", "2025-06-18").header("Accept", "text/event-stream").GET().build();
    }

    public Response callTool(String accessToken, String sessionId, String tool, Map<String, ?> arguments) {
        return mcp(accessToken, sessionId, JsonRpc.callTool(tool, arguments));
    }

    public record TestClient(String id, String secret) {
    }
}

package dev.mcpauth.client.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.token.HeadlessRedirectFollower;

/**
 * One WireMock server that plays a conformant MCP server (the 401 gate only) and its authorization server. Each
 * test installs the conformant stubs, then overrides the one answer it makes defective.
 */
public final class StubServers {

    public static final String MCP_PATH = "/mcp";

    private final WireMockExtension wm;

    public StubServers(WireMockExtension wm) {
        this.wm = wm;
    }

    public static WireMockExtension extension() {
        return WireMockExtension.newInstance()
                .options(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                .build();
    }

    public String base() {
        return "http://127.0.0.1:" + wm.getPort();
    }

    public String serverUrl() {
        return base() + MCP_PATH;
    }

    public ClientSettings settings(Path credentialsFile) {
        return ClientSettings.forServer(serverUrl()).withCredentialsFile(credentialsFile)
                .withOpener(new HeadlessRedirectFollower(Narrator.SILENT))
                .withRedirectTimeout(Duration.ofSeconds(5));
    }

    /** Every conformant answer: 401 naming the metadata, the metadata documents, registration, code, token. */
    public StubServers conformant() {
        unauthorizedMcp("Bearer resource_metadata=\"" + base() + "/.well-known/oauth-protected-resource/mcp\"");
        resourceMetadata("/.well-known/oauth-protected-resource/mcp", serverUrl(), base());
        authorizationServerMetadata("/.well-known/oauth-authorization-server", asMetadata(base(), "[\"S256\"]"));
        registration("registered-1", "registered-secret-1");
        wm.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=stub-code&state={{request.query.state}}")
                .withTransformers("response-template")));
        token("{\"access_token\":\"access-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                + "\"refresh_token\":\"refresh-1\"}");
        return this;
    }

    public void unauthorizedMcp(String challenge) {
        wm.stubFor(post(urlEqualTo(MCP_PATH)).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", challenge).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"unauthorized\"}")));
    }

    public void resourceMetadata(String path, String resource, String authorizationServer) {
        wm.stubFor(get(urlEqualTo(path)).willReturn(json(200, "{\"resource\":\"" + resource
                + "\",\"authorization_servers\":[\"" + authorizationServer + "\"]}")));
    }

    public void authorizationServerMetadata(String path, String body) {
        wm.stubFor(get(urlEqualTo(path)).willReturn(json(200, body)));
    }

    /** Conformant authorization server metadata for the issuer; {@code challengeMethods} is a JSON array or null. */
    public String asMetadata(String issuer, String challengeMethods) {
        return "{\"issuer\":\"" + issuer + "\","
                + "\"authorization_endpoint\":\"" + base() + "/authorize\","
                + "\"token_endpoint\":\"" + base() + "/token\","
                + "\"registration_endpoint\":\"" + base() + "/register\","
                + "\"response_types_supported\":[\"code\"],"
                + "\"grant_types_supported\":[\"authorization_code\",\"client_credentials\",\"refresh_token\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"client_secret_post\"]"
                + (challengeMethods == null ? "" : ",\"code_challenge_methods_supported\":" + challengeMethods)
                + "}";
    }

    public void registration(String clientId, String secret) {
        wm.stubFor(post(urlEqualTo("/register")).willReturn(json(201, "{\"client_id\":\"" + clientId
                + "\",\"client_secret\":\"" + secret + "\",\"token_endpoint_auth_method\":\"client_secret_basic\","
                + "\"grant_types\":[\"client_credentials\",\"authorization_code\",\"refresh_token\"],"
                + "\"redirect_uris\":[\"http://127.0.0.1/callback\"],\"response_types\":[\"code\"]}")));
    }

    public void token(String body) {
        wm.stubFor(post(urlEqualTo("/token")).willReturn(json(200, body).withHeader("Cache-Control", "no-store")));
    }

    /**
     * A 2025 MCP server with a session at {@link #MCP_PATH}, answering only requests that carry this token:
     * {@code initialize} (agreeing on {@code version}), {@code tools/list} with one {@code echo} tool, and the
     * initialized notification; {@code priority} ranks these stubs against a test's own.
     */
    public void sessionMcpServer(String token, String version, int priority) {
        sessionAnswer(token, priority, "initialize", "{\"protocolVersion\":\"" + version
                + "\",\"capabilities\":{\"tools\":{}},\"serverInfo\":{\"name\":\"stub\",\"version\":\"1\"}}");
        sessionAnswer(token, priority, "tools/list",
                "{\"tools\":[{\"name\":\"echo\",\"inputSchema\":{\"type\":\"object\"}}]}");
        wm.stubFor(post(urlEqualTo(MCP_PATH)).atPriority(priority)
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withRequestBody(WireMock.matchingJsonPath("$.method", WireMock.equalTo("notifications/initialized")))
                .willReturn(aResponse().withStatus(202)));
    }

    private void sessionAnswer(String token, int priority, String method, String result) {
        wm.stubFor(post(urlEqualTo(MCP_PATH)).atPriority(priority)
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withRequestBody(WireMock.matchingJsonPath("$.method", WireMock.equalTo(method)))
                .willReturn(json(200, "{\"jsonrpc\":\"2.0\",\"id\":\"{{jsonPath request.body '$.id'}}\",\"result\":"
                        + result + "}").withHeader("Mcp-Session-Id", "session-1").withTransformers("response-template")));
    }

    public List<LoggedRequest> requests(String path) {
        return wm.findAll(WireMock.anyRequestedFor(WireMock.urlPathEqualTo(path)));
    }

    /** The paths requested, in the order they arrived. */
    public List<String> requestedPaths() {
        List<String> paths = new ArrayList<>(wm.getAllServeEvents().stream()
                .map(event -> event.getRequest().getUrl()).toList());
        Collections.reverse(paths); // WireMock lists the newest first
        return paths;
    }

    /** The form parameters of a request body, decoded. */
    public static Map<String, String> form(LoggedRequest request) {
        return Arrays.stream(request.getBodyAsString().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : ""));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}

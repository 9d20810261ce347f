package dev.mcpauth.conformance.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Two WireMock servers on 127.0.0.1 that play a conformant deployment for a client under test: the MCP server
 * (the 401 gate, its protected resource metadata and a minimal Streamable HTTP MCP server that answers requests
 * carrying an issued token) and, on another origin, its authorization server (issuer with a path, endpoints at
 * non-default paths, registration, an authorization endpoint that approves at once and names itself in {@code iss}
 * as RFC 9207 says, token endpoint). A scenario
 * installs this, then overrides the one answer it makes defective. Requests to the well-known and default URLs a
 * client must not use are never stubbed, so they show up in the journal and answer 404.
 */
public final class StubDeployment implements AutoCloseable {

    public static final String MCP_PATH = "/mcp";
    public static final String RESOURCE_METADATA_PATH = "/.well-known/oauth-protected-resource/mcp";
    /** A metadata URL that no well-known probe finds: only a client that read the challenge gets there. */
    public static final String UNGUESSABLE_RESOURCE_METADATA_PATH = "/metadata/resources/mcp";
    public static final String TENANT = "/tenant1";
    public static final String METADATA_PATH = "/.well-known/oauth-authorization-server" + TENANT;
    /** OpenID Connect discovery with the well-known segment inserted before the issuer's path (MCP 2025-11-25). */
    public static final String OPENID_PATH_INSERTED = "/.well-known/openid-configuration" + TENANT;
    /** OpenID Connect Discovery 1.0 proper: the well-known segment appended to the issuer's path. */
    public static final String OPENID_PATH_APPENDED = TENANT + "/.well-known/openid-configuration";
    /** Where a client looks for the metadata of an issuer with a path, in the order MCP 2025-11-25 gives. */
    public static final List<String> SERVER_METADATA_PATHS = List.of(METADATA_PATH, OPENID_PATH_INSERTED,
            OPENID_PATH_APPENDED);
    public static final String AUTHORIZATION_PATH = "/oauth2/v1/authz";
    public static final String TOKEN_PATH = "/oauth2/v1/token";
    public static final String REGISTRATION_PATH = "/oauth2/v1/register";
    public static final String FIRST_TOKEN = "stub-access-1";
    public static final String SECOND_TOKEN = "stub-access-2";
    public static final String REFRESH_TOKEN = "stub-refresh-1";
    public static final String REGISTERED_CLIENT_ID = "stub-registered-client";
    public static final String GRANTED_SCOPE = "mcp:tools";
    /** The second authorization server a deployment may move to: another issuer, endpoints and client id. */
    public static final String SECOND_TENANT = "/tenant2";
    public static final String SECOND_REGISTRATION_PATH = "/oauth2/v2/register";
    public static final String SECOND_CLIENT_ID = "stub-second-registered-client";
    public static final String SECOND_SERVER_TOKEN = "stub-access-9";
    public static final String NEEDED_SCOPE = "mcp:admin";
    /** The protocol version the stub MCP server answers initialize with, whatever the client asked for. */
    public static final String PROTOCOL_VERSION = "2025-06-18";
    /** The stateless revision, served besides initialize when the deployment speaks it. */
    public static final String MODERN_PROTOCOL_VERSION = "2026-07-28";

    private static final String TOKENS = "tokens";

    private final WireMockServer mcp;
    private final WireMockServer authorizationServer;
    private String resourceMetadataPath = RESOURCE_METADATA_PATH;
    private String metadataIssuer;
    private String challengeMethods = "[\"S256\"]";
    private boolean clientIdMetadataDocuments;
    private boolean issuerParameterAdvertised = true;
    private String responseState = "{{request.query.state}}";
    private String responseIssuer;

    private final boolean speaksModern;

    private StubDeployment(boolean speaksModern) {
        this.speaksModern = speaksModern;
        mcp = start();
        authorizationServer = start();
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort()
                .bindAddress("127.0.0.1").containerThreads(12)
                .jettyAcceptors(1));
        server.start();
        return server;
    }

    /** A deployment that does everything right, with an MCP server of the 2025 revisions only. */
    public static StubDeployment conformant() {
        return conformant(false);
    }

    /**
     * A deployment that does everything right. With {@code speaksModern} its MCP server is dual-era, as real servers
     * are: it serves 2026-07-28 requests statelessly ({@code server/discover}, {@code tools/list},
     * {@code tools/call}) and {@code initialize} sessions; without, it answers a 2026-07-28 request as a 2025 server
     * does (400 with a JSON-RPC error that is not a 2026-07-28 one), so that a client that opens with 2026-07-28
     * falls back to {@code initialize}.
     */
    public static StubDeployment conformant(boolean speaksModern) {
        StubDeployment deployment = new StubDeployment(speaksModern);
        deployment.installConformantAnswers();
        return deployment;
    }

    public String mcpOrigin() {
        return "http://127.0.0.1:" + mcp.port();
    }

    public String authorizationServerOrigin() {
        return "http://127.0.0.1:" + authorizationServer.port();
    }

    /** The MCP endpoint the client is given, and the canonical resource identifier it must use. */
    public String serverUrl() {
        return mcpOrigin() + MCP_PATH;
    }

    public String resourceMetadataUrl() {
        return mcpOrigin() + resourceMetadataPath;
    }

    /** Where the protected resource metadata is served, and the 401 challenge names. */
    public String resourceMetadataPath() {
        return resourceMetadataPath;
    }

    public String issuer() {
        return authorizationServerOrigin() + TENANT;
    }

    private void installConformantAnswers() {
        challenge("Bearer resource_metadata=\"" + resourceMetadataUrl() + "\"");
        resourceMetadata(serverUrl());
        metadataIssuer = issuer();
        responseIssuer = issuer();
        publishServerMetadata();
        String registered = "{\"client_id\":\"" + REGISTERED_CLIENT_ID + "\",\"client_secret\":\"stub-registered-secret\","
                + "\"client_id_issued_at\":1700000000,\"client_secret_expires_at\":0,"
                + "\"token_endpoint_auth_method\":\"client_secret_basic\","
                + "\"grant_types\":[\"authorization_code\",\"refresh_token\",\"client_credentials\"],"
                + "\"response_types\":[\"code\"],\"client_name\":\"registered by the stub\"";
        // A client registering for client credentials sends no redirect URIs, and must get none back.
        authorizationServer.stubFor(post(urlPathEqualTo(REGISTRATION_PATH)).atPriority(10)
                .willReturn(json(201, registered + "}")));
        authorizationServer.stubFor(post(urlPathEqualTo(REGISTRATION_PATH)).atPriority(5)
                .withRequestBody(matchingJsonPath("$.redirect_uris[0]"))
                .willReturn(json(201, registered + ",\"redirect_uris\":[{{#each (jsonPath request.body "
                        + "'$.redirect_uris')}}{{#unless @first}},{{/unless}}\"{{{this}}}\"{{/each}}]}")
                        .withTransformers("response-template")));
        approve();
        tokens(3600);
        mcpAnswers();
    }

    /** The 401 answer to an MCP request without an access token. */
    public void challenge(String wwwAuthenticate) {
        mcp.stubFor(any(urlPathEqualTo(MCP_PATH)).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", wwwAuthenticate).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"unauthorized\"}")));
    }

    /**
     * The protected resource metadata moves to {@link #UNGUESSABLE_RESOURCE_METADATA_PATH}, which the challenge then
     * names; the well-known URL answers 404.
     */
    public void resourceMetadataOnlyWhereTheChallengeSays() {
        mcp.stubFor(get(urlPathEqualTo(RESOURCE_METADATA_PATH)).willReturn(aResponse().withStatus(404)));
        resourceMetadataPath = UNGUESSABLE_RESOURCE_METADATA_PATH;
        resourceMetadata(serverUrl());
        challenge("Bearer resource_metadata=\"" + resourceMetadataUrl() + "\"");
    }

    /** The protected resource metadata, naming {@code resource} and the authorization server. */
    public void resourceMetadata(String resource) {
        mcp.stubFor(get(urlPathEqualTo(resourceMetadataPath)).willReturn(json(200, "{\"resource\":\"" + resource
                + "\",\"authorization_servers\":[\"" + issuer() + "\"],\"scopes_supported\":[\"" + GRANTED_SCOPE
                + "\"],\"bearer_methods_supported\":[\"header\"]}")));
    }

    public String secondIssuer() {
        return authorizationServerOrigin() + SECOND_TENANT;
    }

    /**
     * The MCP server moves to a second authorization server (MCP 2026-07-28, Authorization Server Binding): the
     * first authorization server's tokens are taken for {@code server/discover} and {@code initialize}, but
     * {@code tools/list} answers them 401, after which the protected resource metadata names the second issuer. That
     * one has endpoints, a registration and a token of its own.
     */
    public void moveToASecondAuthorizationServer() {
        String base = authorizationServerOrigin();
        authorizationServer.stubFor(get(urlPathEqualTo("/.well-known/oauth-authorization-server" + SECOND_TENANT))
                .willReturn(json(200, "{\"issuer\":\"" + secondIssuer() + "\","
                        + "\"authorization_endpoint\":\"" + base + "/oauth2/v2/authz\","
                        + "\"token_endpoint\":\"" + base + "/oauth2/v2/token\","
                        + "\"registration_endpoint\":\"" + base + SECOND_REGISTRATION_PATH + "\","
                        + "\"response_types_supported\":[\"code\"],"
                        + "\"grant_types_supported\":[\"authorization_code\",\"client_credentials\"],"
                        + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"none\"],"
                        + "\"code_challenge_methods_supported\":[\"S256\"]}")));
        authorizationServer.stubFor(post(urlPathEqualTo(SECOND_REGISTRATION_PATH)).willReturn(json(201,
                "{\"client_id\":\"" + SECOND_CLIENT_ID + "\",\"client_secret\":\"stub-second-secret\","
                        + "\"token_endpoint_auth_method\":\"client_secret_basic\",\"grant_types\":"
                        + "[\"authorization_code\",\"client_credentials\"],\"response_types\":[\"code\"],"
                        + "\"redirect_uris\":[{{#each (jsonPath request.body '$.redirect_uris')}}{{#unless @first}},"
                        + "{{/unless}}\"{{{this}}}\"{{/each}}]}").withTransformers("response-template")));
        authorizationServer.stubFor(get(urlPathEqualTo("/oauth2/v2/authz")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=stub-code-2&state="
                        + "{{request.query.state}}&iss=" + URLEncoder.encode(secondIssuer(), StandardCharsets.UTF_8))
                .withTransformers("response-template")));
        authorizationServer.stubFor(post(urlPathEqualTo("/oauth2/v2/token"))
                .willReturn(token(SECOND_SERVER_TOKEN, 3600, GRANTED_SCOPE)));
        String moved = "moved";
        mcp.stubFor(post(urlPathEqualTo(MCP_PATH)).atPriority(1).inScenario(moved)
                .withHeader("Authorization", matching("Bearer stub-access-[1-8]"))
                .withRequestBody(matchingJsonPath("$.method", equalTo("tools/list")))
                .willSetStateTo(moved)
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", "
                        + "resource_metadata=\"" + resourceMetadataUrl() + "\"")));
        mcp.stubFor(get(urlPathEqualTo(resourceMetadataPath)).inScenario(moved).whenScenarioStateIs(moved)
                .willReturn(json(200, "{\"resource\":\"" + serverUrl() + "\",\"authorization_servers\":[\""
                        + secondIssuer() + "\"],\"scopes_supported\":[\"" + GRANTED_SCOPE + "\"]}")));
    }

    /** The authorization server metadata names {@code issuer} and lists {@code challengeMethods} (JSON, or null). */
    public void authorizationServerMetadata(String issuer, String challengeMethods) {
        this.metadataIssuer = issuer;
        this.challengeMethods = challengeMethods;
        publishServerMetadata();
    }

    /** The metadata advertises {@code client_id_metadata_document_supported: true}. */
    public void supportClientIdMetadataDocuments() {
        clientIdMetadataDocuments = true;
        publishServerMetadata();
    }

    /** The metadata is served at {@code path} of the authorization server only; the RFC 8414 URL answers 404. */
    public void serverMetadataOnlyAt(String path) {
        authorizationServer.stubFor(get(urlPathEqualTo(METADATA_PATH)).willReturn(aResponse().withStatus(404)));
        authorizationServer.stubFor(get(urlPathEqualTo(path)).willReturn(json(200, serverMetadata())));
    }

    private void publishServerMetadata() {
        authorizationServer.stubFor(get(urlPathEqualTo(METADATA_PATH)).willReturn(json(200, serverMetadata())));
    }

    /** RFC 8414 metadata: endpoints at non-default paths, RFC 9207 {@code iss} in authorization responses. */
    private String serverMetadata() {
        String base = authorizationServerOrigin();
        return "{\"issuer\":\"" + metadataIssuer + "\","
                + "\"authorization_endpoint\":\"" + base + AUTHORIZATION_PATH + "\","
                + "\"token_endpoint\":\"" + base + TOKEN_PATH + "\","
                + "\"registration_endpoint\":\"" + base + REGISTRATION_PATH + "\","
                + "\"scopes_supported\":[\"" + GRANTED_SCOPE + "\",\"" + NEEDED_SCOPE + "\"],"
                + "\"response_types_supported\":[\"code\"],"
                + "\"grant_types_supported\":[\"authorization_code\",\"refresh_token\","
                + "\"client_credentials\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\","
                + "\"client_secret_post\",\"none\"],"
                + "\"response_modes_supported\":[\"query\"],"
                + "\"authorization_response_iss_parameter_supported\":" + issuerParameterAdvertised
                + (challengeMethods == null ? "" : ",\"code_challenge_methods_supported\":" + challengeMethods)
                + (clientIdMetadataDocuments ? ",\"client_id_metadata_document_supported\":true" : "")
                + "}";
    }

    /**
     * The metadata no longer says the authorization responses carry {@code iss}
     * ({@code authorization_response_iss_parameter_supported: false}); the responses still may.
     */
    public void issuerParameterNotAdvertised() {
        issuerParameterAdvertised = false;
        publishServerMetadata();
    }

    /** The authorization endpoint answers with the given state (a template) instead of the one it received. */
    public void approveWithState(String state) {
        responseState = state;
        approve();
    }

    /** The authorization response names {@code issuer} as its {@code iss} (RFC 9207), or carries none if null. */
    public void approveNamingIssuer(String issuer) {
        responseIssuer = issuer;
        approve();
    }

    /** The authorization endpoint approves at once, redirecting with a code, the state and the issuer. */
    private void approve() {
        String iss = responseIssuer == null ? ""
                : "&iss=" + URLEncoder.encode(responseIssuer, StandardCharsets.UTF_8);
        authorizationServer.stubFor(get(urlPathEqualTo(AUTHORIZATION_PATH)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=stub-code-1&state=" + responseState
                        + iss)
                .withHeader("Cache-Control", "no-store")
                .withTransformers("response-template")));
    }

    /**
     * The token endpoint: the first grant gets {@link #FIRST_TOKEN} living {@code firstLifetime} seconds with a
     * refresh token, every later request {@link #SECOND_TOKEN}.
     */
    public void tokens(int firstLifetime) {
        tokens(firstLifetime, REFRESH_TOKEN);
    }

    /**
     * As {@link #tokens(int)}, but no token response carries a refresh token: issuing one is the authorization
     * server's call (MCP 2026-07-28, Refresh Tokens), so a client renewing the short-lived first token must get a
     * new grant.
     */
    public void tokensWithoutRefreshTokens(int firstLifetime) {
        tokens(firstLifetime, null);
    }

    private void tokens(int firstLifetime, String refreshToken) {
        authorizationServer.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario(TOKENS)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("issued")
                .willReturn(token(FIRST_TOKEN, firstLifetime, GRANTED_SCOPE, refreshToken)));
        authorizationServer.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario(TOKENS)
                .whenScenarioStateIs("issued")
                .willReturn(token(SECOND_TOKEN, 3600, GRANTED_SCOPE + " " + NEEDED_SCOPE, refreshToken)));
    }

    /**
     * Registrations that name redirect URIs are refused with {@code 400 invalid_redirect_uri}, as an OpenID Connect
     * authorization server refuses redirect URIs its rules for the application type do not allow (MCP 2026-07-28,
     * client registration, Application Type and Redirect URI Constraints); one without, for client credentials,
     * is still accepted.
     */
    public void refuseRegistrationsWithRedirectUris() {
        authorizationServer.stubFor(post(urlPathEqualTo(REGISTRATION_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.redirect_uris[0]"))
                .willReturn(json(400, "{\"error\":\"invalid_redirect_uri\",\"error_description\":\"loopback "
                        + "redirect URIs are not allowed for this application type\"}")));
    }

    /** A minimal Streamable HTTP MCP server that serves requests carrying an issued token. */
    private void mcpAnswers() {
        mcp.stubFor(any(urlPathEqualTo(MCP_PATH)).atPriority(5)
                .withHeader("Authorization", matching("(?i)bearer .+"))
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate",
                        "Bearer error=\"invalid_token\", resource_metadata=\"" + resourceMetadataUrl() + "\"")));
        mcpAnswer("initialize", "{\"protocolVersion\":\"" + PROTOCOL_VERSION + "\",\"capabilities\":{\"tools\":{}},"
                + "\"serverInfo\":{\"name\":\"stub-mcp-server\",\"version\":\"1\"}}");
        mcpAnswer("tools/list", "{\"tools\":[{\"name\":\"echo\",\"inputSchema\":{\"type\":\"object\"}}]}");
        mcpAnswer("tools/call", "{\"content\":[{\"type\":\"text\",\"text\":\"ok\"}],\"isError\":false}");
        mcpAnswer("ping", "{}");
        mcp.stubFor(post(urlPathEqualTo(MCP_PATH)).atPriority(2).withHeader("Authorization", issuedToken())
                .withRequestBody(matchingJsonPath("$.method", containing("notifications/")))
                .willReturn(aResponse().withStatus(202)));
        mcp.stubFor(get(urlPathEqualTo(MCP_PATH)).atPriority(2).withHeader("Authorization", issuedToken())
                .willReturn(aResponse().withStatus(405)));
        mcp.stubFor(any(urlPathEqualTo(MCP_PATH)).atPriority(3).withHeader("Authorization", issuedToken())
                .willReturn(aResponse().withStatus(204)));
        if (speaksModern) {
            modernAnswer("server/discover", "{\"resultType\":\"complete\",\"supportedVersions\":[\""
                    + MODERN_PROTOCOL_VERSION + "\",\"2025-11-25\",\"" + PROTOCOL_VERSION + "\"],"
                    + "\"capabilities\":{\"tools\":{}},\"_meta\":{\"io.modelcontextprotocol/serverInfo\":"
                    + "{\"name\":\"stub-mcp-server\",\"version\":\"1\"}}}");
            modernAnswer("tools/list", "{\"resultType\":\"complete\",\"tools\":[{\"name\":\"echo\","
                    + "\"inputSchema\":{\"type\":\"object\"}}]}");
            modernAnswer("tools/call", "{\"resultType\":\"complete\",\"content\":[{\"type\":\"text\","
                    + "\"text\":\"ok\"}],\"isError\":false}");
        } else {
            mcp.stubFor(post(urlPathEqualTo(MCP_PATH)).atPriority(2).withHeader("Authorization", issuedToken())
                    .withHeader("MCP-Protocol-Version", equalTo(MODERN_PROTOCOL_VERSION))
                    .willReturn(json(400, "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32000,"
                            + "\"message\":\"Bad Request: Server not initialized\"}}")));
        }
    }

    /**
     * A stateless 2026-07-28 answer to a request that names that revision and carries an issued token; the
     * JSON-RPC id goes back with its type (a number stays a number).
     */
    private void modernAnswer(String method, String result) {
        // priority 1, as the defects a scenario adds later (which win, being newer); the numeric one newest
        for (boolean numeric : new boolean[] {false, true}) {
            String id = numeric ? "{{jsonPath request.body '$.id'}}" : "\"{{jsonPath request.body '$.id'}}\"";
            mcp.stubFor(post(urlPathEqualTo(MCP_PATH)).atPriority(1)
                    .withHeader("Authorization", issuedToken())
                    .withHeader("MCP-Protocol-Version", equalTo(MODERN_PROTOCOL_VERSION))
                    .withRequestBody(matchingJsonPath("$.method", equalTo(method)))
                    .withRequestBody(numeric ? matchingJsonPath("$.id", matching("-?[0-9]+"))
                            : matchingJsonPath("$.id"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + result + "}")
                            .withTransformers("response-template")));
        }
    }

    private void mcpAnswer(String method, String result) {
        mcp.stubFor(post(urlPathEqualTo(MCP_PATH)).atPriority(2).withHeader("Authorization", issuedToken())
                .withRequestBody(matchingJsonPath("$.method", equalTo(method)))
                .willReturn(mcpResult(result)));
    }

    /** tools/list answers 403 insufficient_scope naming {@code scope} for {@code token} (or every token if null). */
    public void toolsListNeedsScope(String token, String scope) {
        mcp.stubFor(post(urlPathEqualTo(MCP_PATH)).atPriority(1)
                .withHeader("Authorization", token == null ? issuedToken() : equalTo("Bearer " + token))
                .withRequestBody(matchingJsonPath("$.method", equalTo("tools/list")))
                .willReturn(aResponse().withStatus(403).withHeader("WWW-Authenticate",
                        "Bearer error=\"insufficient_scope\", scope=\"" + scope + "\", resource_metadata=\""
                                + resourceMetadataUrl() + "\"")));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern issuedToken() {
        return matching("Bearer stub-access-[0-9]+");
    }

    private static ResponseDefinitionBuilder mcpResult(String result) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Mcp-Session-Id", "stub-session-1")
                .withBody("{\"jsonrpc\":\"2.0\",\"id\":\"{{jsonPath request.body '$.id'}}\",\"result\":" + result + "}")
                .withTransformers("response-template");
    }

    private static ResponseDefinitionBuilder token(String accessToken, int lifetime, String scope) {
        return token(accessToken, lifetime, scope, REFRESH_TOKEN);
    }

    private static ResponseDefinitionBuilder token(String accessToken, int lifetime, String scope,
                                                   String refreshToken) {
        return json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + lifetime + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"")
                + ",\"scope\":\"" + scope + "\"}")
                .withHeader("Cache-Control", "no-store");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** What the client sent to the MCP server, oldest first. */
    public List<LoggedRequest> mcpJournal() {
        return journal(mcp);
    }

    /** What the client sent to the authorization server, oldest first. */
    public List<LoggedRequest> authorizationServerJournal() {
        return journal(authorizationServer);
    }

    private static List<LoggedRequest> journal(WireMockServer server) {
        List<LoggedRequest> requests = new ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> (LoggedRequest) event.getRequest()).toList());
        Collections.reverse(requests); // WireMock lists the newest first
        return Collections.unmodifiableList(requests);
    }

    @Override
    public void close() {
        mcp.stop();
        authorizationServer.stop();
    }
}

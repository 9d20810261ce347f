package dev.mcpauth.client.mcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.McpAuthorization;
import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.support.StubServers;
import dev.mcpauth.client.token.GrantChoice;
import dev.mcpauth.client.token.TokenSource;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AuthorizedMcpClientTest {

    @RegisterExtension
    static WireMockExtension wm = StubServers.extension();

    @TempDir
    Path dir;

    private StubServers stubs;

    @BeforeEach
    void servers() {
        stubs = new StubServers(wm).conformant();
        mcpAnswersWithToken("access-1");
        wm.stubFor(get(urlEqualTo(StubServers.MCP_PATH)).willReturn(aResponse().withStatus(405)));
    }

    @Test
    void everyMcpRequestCarriesTheTokenInTheAuthorizationHeaderAndNowhereElse() {
        try (AuthorizedMcpClient client = connect()) {
            assertThat(client.listTools()).extracting(McpConnection.Tool::name).containsExactly("echo");
        }

        List<LoggedRequest> mcp = stubs.requests(StubServers.MCP_PATH);
        List<LoggedRequest> afterProbe = mcp.subList(1, mcp.size());
        assertThat(mcp.get(0).getHeader("Authorization")).isNull(); // the discovery probe
        assertThat(afterProbe).hasSizeGreaterThanOrEqualTo(3) // initialize, notifications/initialized, tools/list
                .allSatisfy(request -> {
                    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer access-1");
                    assertThat(request.getUrl()).doesNotContain("access-1");
                    assertThat(request.getBodyAsString()).doesNotContain("access-1");
                });
    }

    @Test
    void everyRequestAfterInitializationNamesTheNegotiatedProtocolVersion() {
        try (AuthorizedMcpClient client = connect()) {
            client.listTools();
        }

        List<LoggedRequest> mcp = stubs.requests(StubServers.MCP_PATH);
        int initialize = 0;
        while (!mcp.get(initialize).getBodyAsString().contains("\"initialize\"")
                || mcp.get(initialize).getHeader("Authorization") == null) {
            initialize++;
        }
        assertThat(mcp.subList(initialize + 1, mcp.size())).hasSizeGreaterThanOrEqualTo(3) // GET, notification, list
                .allSatisfy(request -> assertThat(request.getHeader("MCP-Protocol-Version"))
                        .as(request.getMethod() + " " + request.getBodyAsString()).isEqualTo("2025-06-18"));
    }

    @Test
    void a401FromTheMcpServerRenewsTheTokenAndRetriesTheRequest() {
        wm.stubFor(post(urlEqualTo("/token")).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("renewed").willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"access-stale\",\"token_type\":\"Bearer\","
                                + "\"expires_in\":3600,\"refresh_token\":\"refresh-1\"}")));
        wm.stubFor(post(urlEqualTo("/token")).inScenario("tokens").whenScenarioStateIs("renewed")
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"access-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer access-stale"))
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate",
                        "Bearer error=\"invalid_token\", resource_metadata=\"" + stubs.base()
                                + "/.well-known/oauth-protected-resource/mcp\"")));

        try (AuthorizedMcpClient client = connect()) {
            assertThat(client.listTools()).extracting(McpConnection.Tool::name).containsExactly("echo");
        }

        assertThat(stubs.requests("/token")).extracting(r -> r.getBodyAsString().contains("refresh_token"))
                .containsExactly(false, true);
    }

    @Test
    void aServerRejectingEveryTokenEndsInAnAuthorizationFailureAfterOneRenewal() {
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer access-1"))
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate",
                        "Bearer error=\"invalid_token\"")));

        assertThatThrownBy(this::connect).isInstanceOf(AuthorizationFailure.class);
        assertThat(stubs.requests("/token")).hasSize(2);
    }

    @Test
    void insufficientScopeIsAnsweredByOneStepUpAndNotRepeatedWhenTheServerStillRefuses() {
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.method", equalTo("tools/list")))
                .willReturn(aResponse().withStatus(403).withHeader("WWW-Authenticate",
                        "Bearer error=\"insufficient_scope\", scope=\"tools:admin\"")));

        try (AuthorizedMcpClient client = connect()) {
            assertThatThrownBy(client::listTools).isInstanceOf(AuthorizationFailure.class);
        }
        assertThat(stubs.requests("/token")).extracting(r -> StubServers.form(r).get("scope"))
                .containsExactly(null, "tools:admin");
    }

    @Test
    void aServerThatAsksForATokenOnlyAfterInitializeIsDiscoveredFromThatLater401() {
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(1)
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .withRequestBody(matchingJsonPath("$.method", equalTo("initialize")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Mcp-Session-Id", "session-1")
                        .withBody("{\"jsonrpc\":\"2.0\",\"id\":\"{{jsonPath request.body '$.id'}}\",\"result\":"
                                + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"tools\":{}},"
                                + "\"serverInfo\":{\"name\":\"stub\",\"version\":\"1\"}}}")
                        .withTransformers("response-template")));
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(1)
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .withRequestBody(matchingJsonPath("$.method", equalTo("notifications/initialized")))
                .willReturn(aResponse().withStatus(202)));
        var settings = stubs.settings(dir.resolve("c.json")).withGrant(GrantChoice.CLIENT_CREDENTIALS);

        java.util.Optional<TokenSource> atProbe = McpAuthorization.discover(settings);
        assertThat(atProbe).as("initialize went through without a token").isEmpty();
        try (AuthorizedMcpClient client = AuthorizedMcpClient.connect(stubs.serverUrl(), atProbe,
                challenges -> McpAuthorization.fromChallenges(settings, challenges), Narrator.SILENT)) {
            assertThat(client.listTools()).extracting(McpConnection.Tool::name).containsExactly("echo");
        }
        assertThat(stubs.requests("/token")).hasSize(1);
    }

    private AuthorizedMcpClient connect() {
        TokenSource tokens = McpAuthorization.discover(stubs.settings(dir.resolve("c.json"))
                .withGrant(GrantChoice.CLIENT_CREDENTIALS)).orElseThrow();
        return AuthorizedMcpClient.connect(stubs.serverUrl(), java.util.Optional.of(tokens), Narrator.SILENT);
    }

    /** A minimal Streamable HTTP MCP server that answers only requests carrying this token. */
    private void mcpAnswersWithToken(String token) {
        stubs.sessionMcpServer(token, "2025-06-18", 2);
    }
}

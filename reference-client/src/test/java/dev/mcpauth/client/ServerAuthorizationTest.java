package dev.mcpauth.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.mcpauth.client.mcp.McpConnection;
import dev.mcpauth.client.mcp.McpConnections;
import dev.mcpauth.client.mcp.ProtocolChoice;
import dev.mcpauth.client.support.StubServers;
import dev.mcpauth.client.token.GrantChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** MCP 2026-07-28, Authorization Server Binding: a server that moves to another authorization server. */
class ServerAuthorizationTest {

    private static final String PRM = "/.well-known/oauth-protected-resource/mcp";

    @RegisterExtension
    static WireMockExtension wm = StubServers.extension();

    @TempDir
    Path dir;

    private StubServers stubs;

    @BeforeEach
    void servers() {
        stubs = new StubServers(wm);
        stubs.unauthorizedMcp("Bearer resource_metadata=\"" + stubs.base() + PRM + "\"");
        for (String as : new String[] {"as1", "as2"}) {
            String issuer = stubs.base() + "/" + as;
            stubs.authorizationServerMetadata("/.well-known/oauth-authorization-server/" + as, "{\"issuer\":\""
                    + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\",\"token_endpoint\":\""
                    + issuer + "/token\",\"registration_endpoint\":\"" + issuer + "/register\","
                    + "\"response_types_supported\":[\"code\"],\"grant_types_supported\":[\"client_credentials\"],"
                    + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"]}");
            wm.stubFor(post(urlEqualTo("/" + as + "/register")).willReturn(aResponse().withStatus(201)
                    .withHeader("Content-Type", "application/json").withBody("{\"client_id\":\"" + as
                            + "-client\",\"client_secret\":\"" + as + "-secret\",\"grant_types\":"
                            + "[\"client_credentials\"],\"token_endpoint_auth_method\":\"client_secret_basic\"}")));
            wm.stubFor(post(urlEqualTo("/" + as + "/token")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"" + as
                            + "-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        }
        wm.stubFor(get(urlEqualTo(PRM)).inScenario("binding").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(prm("as1")));
        wm.stubFor(get(urlEqualTo(PRM)).inScenario("binding").whenScenarioStateIs("moved").willReturn(prm("as2")));
        // the server accepts the first authorization server's token once, then moves to the second
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(1).inScenario("binding")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("moved")
                .withHeader("Authorization", equalTo("Bearer as1-token")).willReturn(result(
                        "{\"resultType\":\"complete\",\"supportedVersions\":[\"2026-07-28\"],\"capabilities\":{}}")));
        wm.stubFor(post(urlEqualTo(StubServers.MCP_PATH)).atPriority(2)
                .withHeader("Authorization", equalTo("Bearer as2-token"))
                .withRequestBody(matchingJsonPath("$.method", equalTo("tools/list"))).willReturn(result(
                        "{\"resultType\":\"complete\",\"tools\":[{\"name\":\"echo\",\"inputSchema\":{}}]}")));
    }

    @Test
    void aServerNamingAnotherAuthorizationServerGetsANewRegistrationThereAndNoOldCredentials() {
        ServerAuthorization authorization = new ServerAuthorization(stubs.settings(dir.resolve("c.json"))
                .withGrant(GrantChoice.CLIENT_CREDENTIALS));
        try (McpConnection connection = McpConnections.open(stubs.serverUrl(), ProtocolChoice.V2026_07_28,
                authorization, Narrator.SILENT)) {
            assertThat(connection.listTools()).extracting(McpConnection.Tool::name).containsExactly("echo");
        }

        assertThat(stubs.requests(PRM)).as("the resource metadata read again after the 401").hasSize(2);
        assertThat(stubs.requests("/as2/register")).hasSize(1);
        assertThat(stubs.requests("/as2/token")).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString("as2-client:as2-secret".getBytes(StandardCharsets.UTF_8)));
            assertThat(request.getBodyAsString()).doesNotContain("as1-client");
        });
    }

    private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder prm(String as) {
        return aResponse().withHeader("Content-Type", "application/json").withBody("{\"resource\":\""
                + stubs.serverUrl() + "\",\"authorization_servers\":[\"" + stubs.base() + "/" + as + "\"]}");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder result(String result) {
        return aResponse().withHeader("Content-Type", "application/json").withBody("{\"jsonrpc\":\"2.0\",\"id\":"
                + "{{jsonPath request.body '$.id'}},\"result\":" + result + "}").withTransformers("response-template");
    }
}

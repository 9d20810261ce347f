package dev.mcpauth.server.resource;

import static dev.mcpauth.server.support.JsonRpc.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.mcpauth.server.support.CodeFlow;
import dev.mcpauth.server.support.JsonRpc;
import dev.mcpauth.server.support.ReferenceServer.TestClient;
import dev.mcpauth.server.support.ReferenceServerIT;
import dev.mcpauth.server.support.StatelessRequest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The scope rules of 2025-11-25 and 2026-07-28 on both wires: one challenge naming every scope an operation needs,
 * the declared hierarchy ({@code mcp:admin} implies {@code mcp:tools}) honoured, and {@code offline_access} never
 * asked for by the resource while the authorization server still issues refresh tokens.
 */
class ScopeRulesIT extends ReferenceServerIT {

    private static final String EVERY_SCOPE_OF_THE_PRIVILEGED_TOOL = "scope=\"mcp:tools mcp:admin\"";

    @Test
    void privilegedToolOnTheStatelessWireIsForbiddenNamingEveryScopeItNeeds() {
        String token = server.accessToken(server.registerConfidentialClient(), "mcp:tools");
        Response response = StatelessRequest.callTool("server-stats", Map.of()).token(token).post(server);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer error=\"insufficient_scope\"")
                .contains(EVERY_SCOPE_OF_THE_PRIVILEGED_TOOL).contains("resource_metadata=");
    }

    @Test
    void adminScopeAloneSufficesOnTheStatelessWire() {
        String adminOnly = adminOnlyToken();
        assertThat(StatelessRequest.of("tools/list").token(adminOnly).post(server).statusCode()).isEqualTo(200);
        assertThat(message(StatelessRequest.callTool("server-stats", Map.of()).token(adminOnly).post(server))
                .getString("result.content[0].text")).contains("registered_clients");
    }

    @Test
    void adminScopeAloneSufficesOnTheSessionWire() {
        String adminOnly = adminOnlyToken();
        String session = server.openSession(adminOnly);
        assertThat(message(server.callTool(adminOnly, session, "server-stats", Map.of()))
                .getString("result.content[0].text")).contains("registered_clients");
        assertThat(message(server.mcp(adminOnly, session, JsonRpc.request("tools/list", Map.of())))
                .getList("result.tools")).isNotEmpty();
    }

    @Test
    void offlineAccessIsNeitherAdvertisedNorChallengedByTheResource() {
        Response metadata = server.request().get("/.well-known/oauth-protected-resource/mcp");
        assertThat(metadata.jsonPath().getList("scopes_supported", String.class))
                .containsExactly("mcp:tools", "mcp:admin");
        Response unauthenticated = StatelessRequest.of("tools/list").post(server);
        assertThat(unauthenticated.header("WWW-Authenticate")).doesNotContain("offline_access");
        String token = server.accessToken(server.registerConfidentialClient(), "mcp:tools");
        Response forbidden = StatelessRequest.callTool("server-stats", Map.of()).token(token).post(server);
        assertThat(forbidden.header("WWW-Authenticate")).doesNotContain("offline_access");
    }

    @Test
    void authorizationServerStillIssuesRefreshTokensAsItsMetadataSays() {
        Response metadata = server.request().get("/.well-known/oauth-authorization-server");
        assertThat(metadata.jsonPath().getList("grant_types_supported", String.class)).contains("refresh_token");
        CodeFlow flow = new CodeFlow(server);
        Response tokens = flow.exchange(flow.code(), Map.of());
        assertThat(tokens.jsonPath().getString("refresh_token")).isNotBlank();
        assertThat(tokens.jsonPath().getString("scope")).doesNotContain("offline_access");
    }

    private String adminOnlyToken() {
        TestClient adminOnly = server.registerConfidentialClient("client_secret_basic", "mcp:admin");
        return server.accessToken(adminOnly, "mcp:admin");
    }
}

package dev.mcpauth.server.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.mcpauth.server.support.CodeFlow;
import dev.mcpauth.server.support.ReferenceServer.TestClient;
import dev.mcpauth.server.support.ReferenceServerIT;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

class IntrospectionAndRevocationIT extends ReferenceServerIT {

    @Test
    void introspectionTellsTheOwnerAboutItsActiveToken() {
        TestClient client = server.registerConfidentialClient();
        String token = server.accessToken(client, null);
        Response response = introspect(client, token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getBoolean("active")).isTrue();
        assertThat(response.jsonPath().getString("client_id")).isEqualTo(client.id());
        assertThat(response.jsonPath().getString("scope")).isEqualTo("mcp:tools");
        assertThat(response.jsonPath().getList("aud")).containsExactly(server.resource());
    }

    @Test
    void introspectionSaysInactiveForGarbageAndForOtherClientsTokens() {
        TestClient client = server.registerConfidentialClient();
        assertThat(introspect(client, "garbage").jsonPath().getBoolean("active")).isFalse();
        String othersToken = server.accessToken(server.registerConfidentialClient(), null);
        assertThat(introspect(client, othersToken).jsonPath().getBoolean("active")).isFalse();
    }

    @Test
    void introspectionNeedsClientAuthentication() {
        Response response = server.request().contentType("application/x-www-form-urlencoded")
                .formParam("token", "x").post("/introspect");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_client");
    }

    @Test
    void revokedRefreshTokenNoLongerRefreshes() {
        CodeFlow flow = new CodeFlow(server);
        String refreshToken = flow.exchange(flow.code(), Map.of()).jsonPath().getString("refresh_token");
        server.request().contentType("application/x-www-form-urlencoded").formParam("token", refreshToken)
                .formParam("client_id", flow.clientId).post("/revoke").then().statusCode(200);
        assertThat(flow.refresh(refreshToken).jsonPath().getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void revokingAnUnknownTokenStillAnswersOk() {
        TestClient client = server.registerConfidentialClient();
        server.request().auth().preemptive().basic(client.id(), client.secret())
                .contentType("application/x-www-form-urlencoded").formParam("token", "unknown")
                .post("/revoke").then().statusCode(200);
    }

    private Response introspect(TestClient client, String token) {
        return server.request().auth().preemptive().basic(client.id(), client.secret())
                .contentType("application/x-www-form-urlencoded").formParam("token", token).post("/introspect");
    }
}

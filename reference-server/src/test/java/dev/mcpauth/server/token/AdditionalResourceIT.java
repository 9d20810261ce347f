package dev.mcpauth.server.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import dev.mcpauth.server.support.JsonRpc;
import dev.mcpauth.server.support.ReferenceServer.TestClient;
import dev.mcpauth.server.support.ReferenceServerIT;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The authorization server also serves another resource; its tokens must not open this MCP server. */
@TestPropertySource(properties = "mcpauth.additional-resource-paths=/other-mcp")
class AdditionalResourceIT extends ReferenceServerIT {

    @Test
    void tokenForTheOtherResourceIsIssuedForItAndRefusedHere() throws Exception {
        TestClient client = server.registerConfidentialClient();
        Response response = server.clientCredentials(client, Map.of("resource", server.baseUrl() + "/other-mcp"));
        assertThat(response.statusCode()).isEqualTo(200);
        String token = response.jsonPath().getString("access_token");
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getAudience())
                .containsExactly(server.baseUrl() + "/other-mcp");
        Response refused = server.mcp(token, null, JsonRpc.initialize());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void oneTokenCannotNameTwoResources() {
        TestClient client = server.registerConfidentialClient();
        Response response = server.request().auth().preemptive().basic(client.id(), client.secret())
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("resource", server.resource()).formParam("resource", server.baseUrl() + "/other-mcp")
                .post("/token");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_target");
    }
}

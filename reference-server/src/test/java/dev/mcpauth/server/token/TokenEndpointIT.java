package dev.mcpauth.server.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.mcpauth.server.support.ReferenceServer.TestClient;
import dev.mcpauth.server.support.ReferenceServerIT;
import dev.mcpauth.server.support.TokenForge;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

class TokenEndpointIT extends ReferenceServerIT {

    @Test
    void clientCredentialsWithBasicAuthenticationIssuesAnRfc9068AccessToken() throws Exception {
        TestClient client = server.registerConfidentialClient();
        Response response = server.clientCredentials(client, Map.of("resource", server.resource()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.jsonPath().getString("token_type")).isEqualTo("Bearer");
        assertThat(response.jsonPath().getInt("expires_in")).isPositive();
        assertThat(response.jsonPath().getString("refresh_token")).isNull();

        SignedJWT jwt = SignedJWT.parse(response.jsonPath().getString("access_token"));
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(server.baseUrl());
        assertThat(claims.getAudience()).containsExactly(server.resource());
        assertThat(claims.getSubject()).isEqualTo(client.id());
        assertThat(claims.getStringClaim("client_id")).isEqualTo(client.id());
        assertThat(claims.getStringClaim("scope")).isEqualTo("mcp:tools");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
    }

    @Test
    void clientSecretPostAuthenticates() {
        TestClient client = server.registerConfidentialClient("client_secret_post", null);
        server.request().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", client.id())
                .formParam("client_secret", client.secret()).post("/token").then().statusCode(200);
    }

    @Test
    void privateKeyJwtAuthenticatesOnceWithEachAssertion() throws Exception {
        ECKey key = TokenForge.newKey();
        Response registration = server.register(Map.of("grant_types", List.of("client_credentials"),
                "token_endpoint_auth_method", "private_key_jwt",
                "jwks", Map.of("keys", List.of(key.toPublicJWK().toJSONObject()))));
        String clientId = registration.jsonPath().getString("client_id");
        String assertion = clientAssertion(clientId, key);
        Response first = tokenWithAssertion(assertion);
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
        Response replay = tokenWithAssertion(assertion);
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.jsonPath().getString("error")).isEqualTo("invalid_client");
        assertThat(tokenWithAssertion(clientAssertion(clientId, TokenForge.newKey())).statusCode()).isEqualTo(401);
    }

    @Test
    void wrongSecretOverBasicIsInvalidClientWithABasicChallenge() {
        TestClient client = server.registerConfidentialClient();
        Response response = server.clientCredentials(new TestClient(client.id(), "wrong"), Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_client");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void authenticationMethodOtherThanTheRegisteredOneIsRefused() {
        TestClient client = server.registerConfidentialClient("client_secret_basic", null);
        Response response = server.request().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", client.id())
                .formParam("client_secret", client.secret()).post("/token");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_client");
    }

    @Test
    void missingClientAuthenticationIsRefused() {
        Response response = server.request().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").post("/token");
        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.jsonPath().getString("error")).isIn("invalid_client", "invalid_request");
    }

    @Test
    void unknownResourceIsInvalidTarget() {
        TestClient client = server.registerConfidentialClient();
        for (String resource : List.of("https://other.example/mcp", server.resource() + "/", server.baseUrl())) {
            Response response = server.clientCredentials(client, Map.of("resource", resource));
            assertThat(response.statusCode()).as(resource).isEqualTo(400);
            assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_target");
        }
    }

    @Test
    void unknownOrUnregisteredScopeIsInvalidScope() {
        TestClient toolsOnly = server.registerConfidentialClient("client_secret_basic", "mcp:tools");
        assertThat(server.clientCredentials(toolsOnly, Map.of("scope", "mcp:admin")).jsonPath().getString("error"))
                .isEqualTo("invalid_scope");
        assertThat(server.clientCredentials(toolsOnly, Map.of("scope", "root")).jsonPath().getString("error"))
                .isEqualTo("invalid_scope");
    }

    @Test
    void grantNotRegisteredByTheClientIsUnauthorizedClient() {
        TestClient client = server.registerConfidentialClient();
        Response response = server.request().auth().preemptive().basic(client.id(), client.secret())
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "refresh_token")
                .formParam("refresh_token", "x").post("/token");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo("unauthorized_client");
    }

    @Test
    void unknownGrantTypeIsUnsupported() {
        TestClient client = server.registerConfidentialClient();
        Response response = server.request().auth().preemptive().basic(client.id(), client.secret())
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", "u").formParam("password", "p").post("/token");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isIn("unsupported_grant_type", "unauthorized_client");
    }

    @Test
    void jsonBodyIsInvalidRequest() {
        TestClient client = server.registerConfidentialClient();
        Response response = server.request().auth().preemptive().basic(client.id(), client.secret())
                .contentType("application/json").body("{\"grant_type\":\"client_credentials\"}").post("/token");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_request");
    }

    private Response tokenWithAssertion(String assertion) {
        return server.request().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .formParam("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .formParam("client_assertion", assertion).post("/token");
    }

    private String clientAssertion(String clientId, ECKey key) {
        return TokenForge.clientAssertion(clientId, server.baseUrl() + "/token", key);
    }

    @Test
    void resourceWithUpperCaseSchemeAndHostNamesTheCanonicalResource() throws Exception {
        TestClient client = server.registerConfidentialClient();
        String upper = server.resource().replaceFirst("^http://127\\.0\\.0\\.1", "HTTP://127.0.0.1")
                .replaceFirst("^http://localhost", "HTTP://LOCALHOST");
        Response response = server.clientCredentials(client, Map.of("resource", upper));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SignedJWT.parse(response.jsonPath().getString("access_token")).getJWTClaimsSet().getAudience())
                .containsExactly(server.resource());
    }

    @Test
    void resourceWithAnotherPathIsStillAnInvalidTarget() {
        TestClient client = server.registerConfidentialClient();
        Response response = server.clientCredentials(client, Map.of("resource", server.resource() + "/other"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_target");
    }

    @Test
    void twoClientAuthenticationMethodsInOneRequestAreAnInvalidRequest() {
        TestClient client = server.registerConfidentialClient();
        Response response = server.clientCredentials(client, Map.of("client_id", client.id(),
                "client_secret", client.secret()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_request");
    }

    @Test
    void aRepeatedParameterIsAnInvalidRequest() {
        TestClient client = server.registerConfidentialClient();
        Response response = server.request().auth().preemptive().basic(client.id(), client.secret())
                .contentType("application/x-www-form-urlencoded")
                .body("grant_type=client_credentials&grant_type=client_credentials").post("/token");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_request");
    }
}

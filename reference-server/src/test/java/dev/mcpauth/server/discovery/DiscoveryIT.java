package dev.mcpauth.server.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import dev.mcpauth.server.support.ReferenceServerIT;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscoveryIT extends ReferenceServerIT {

    @ParameterizedTest
    @ValueSource(strings = {"/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource",
            "/.well-known/mcp-resource-metadata.json"})
    void protectedResourceMetadataNamesTheCanonicalResourceAndItsAuthorizationServer(String path) {
        server.request().get(path).then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("resource", equalTo(server.resource()))
                .body("authorization_servers", equalTo(List.of(server.baseUrl())))
                .body("scopes_supported", equalTo(List.of("mcp:tools", "mcp:admin")))
                .body("bearer_methods_supported", equalTo(List.of("header")));
    }

    @Test
    void unauthenticatedMcpRequestPointsToTheMetadataThatIsServed() {
        Response challenge = server.request().get("/mcp");
        String header = challenge.header("WWW-Authenticate");
        String url = header.replaceAll(".*resource_metadata=\"([^\"]+)\".*", "$1");
        assertThat(url).isEqualTo(server.baseUrl() + "/.well-known/oauth-protected-resource/mcp");
        server.request().get(url.substring(server.baseUrl().length())).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.well-known/oauth-authorization-server", "/.well-known/openid-configuration"})
    void authorizationServerMetadataHasTheSameIssuerAtEveryDiscoveryUrl(String path) {
        String base = server.baseUrl();
        server.request().get(path).then()
                .statusCode(200)
                .body("issuer", equalTo(base))
                .body("authorization_endpoint", equalTo(base + "/authorize"))
                .body("token_endpoint", equalTo(base + "/token"))
                .body("registration_endpoint", equalTo(base + "/register"))
                .body("jwks_uri", equalTo(base + "/jwks"))
                .body("introspection_endpoint", equalTo(base + "/introspect"))
                .body("revocation_endpoint", equalTo(base + "/revoke"))
                .body("code_challenge_methods_supported", equalTo(List.of("S256")))
                .body("response_types_supported", equalTo(List.of("code")))
                .body("grant_types_supported", hasItem("client_credentials"))
                .body("token_endpoint_auth_methods_supported", hasItem("private_key_jwt"))
                .body("authorization_response_iss_parameter_supported", equalTo(true));
    }

    @Test
    void jwtClientAuthenticationAtRevocationAndIntrospectionComesWithSigningAlgorithms() {
        server.request().get("/.well-known/oauth-authorization-server").then()
                .statusCode(200)
                .body("revocation_endpoint_auth_methods_supported", hasItem("private_key_jwt"))
                .body("revocation_endpoint_auth_signing_alg_values_supported", hasItem("ES256"))
                .body("introspection_endpoint_auth_methods_supported", hasItem("private_key_jwt"))
                .body("introspection_endpoint_auth_signing_alg_values_supported", hasItem("ES256"));
    }

    @Test
    void metadataIsPlainJsonWithoutEscapedSlashes() {
        String body = server.request().get("/.well-known/oauth-authorization-server").asString();
        assertThat(body).contains("\"issuer\":\"" + server.baseUrl() + "\"");
    }

    @Test
    void jwksPublishesOnlyThePublicSigningKey() {
        server.request().get("/jwks").then()
                .statusCode(200)
                .body("keys.size()", equalTo(1))
                .body("keys[0].kty", equalTo("EC"))
                .body("keys[0].crv", equalTo("P-256"))
                .body("keys[0].d", equalTo(null));
    }
}

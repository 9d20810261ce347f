package dev.mcpauth.server.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.mcpauth.server.support.ReferenceServerIT;
import dev.mcpauth.server.support.TokenForge;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegistrationIT extends ReferenceServerIT {

    @Test
    void confidentialClientGetsAnIdAndASecret() {
        Response response = server.register(Map.of("client_name", "svc", "grant_types", List.of("client_credentials"),
                "token_endpoint_auth_method", "client_secret_post"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.jsonPath().getString("client_id")).isNotBlank();
        assertThat(response.jsonPath().getString("client_secret")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(response.jsonPath().getLong("client_secret_expires_at")).isZero();
        assertThat(response.jsonPath().getLong("client_id_issued_at")).isPositive();
        assertThat(response.jsonPath().getString("token_endpoint_auth_method")).isEqualTo("client_secret_post");
    }

    @Test
    void publicClientGetsNoSecret() {
        Response response = server.register(publicClient("http://127.0.0.1/callback"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.jsonPath().getString("client_secret")).isNull();
        assertThat(response.jsonPath().getList("redirect_uris")).containsExactly("http://127.0.0.1/callback");
    }

    @Test
    void clientThatDeclaresNoApplicationTypeKeepsLoopbackRedirectsAndIsNotGivenAType() {
        Response response = server.register(publicClient("http://127.0.0.1/callback"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.jsonPath().getMap("$")).doesNotContainKey("application_type");
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("redirectUrisFittingTheApplicationType")
    void redirectUriFittingTheDeclaredApplicationTypeIsAccepted(String type, String redirectUri) {
        Map<String, Object> metadata = publicClient(redirectUri);
        metadata.put("application_type", type);
        Response response = server.register(metadata);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        assertThat(response.jsonPath().getString("application_type")).isEqualTo(type);
    }

    static Stream<Arguments> redirectUrisFittingTheApplicationType() {
        return Stream.of(Arguments.of("native", "http://127.0.0.1/callback"),
                Arguments.of("native", "http://localhost:8080/callback"),
                Arguments.of("native", "http://[::1]/callback"),
                Arguments.of("native", "com.example.app:/oauth2redirect"),
                Arguments.of("web", "https://app.example/callback"));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("redirectUrisBreakingTheApplicationType")
    void redirectUriBreakingTheDeclaredApplicationTypeIsInvalidRedirectUri(String type, String redirectUri) {
        Map<String, Object> metadata = publicClient(redirectUri);
        metadata.put("application_type", type);
        Response response = server.register(metadata);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_redirect_uri");
        assertThat(response.jsonPath().getString("error_description")).contains("application_type " + type);
    }

    static Stream<Arguments> redirectUrisBreakingTheApplicationType() {
        return Stream.of(Arguments.of("native", "https://app.example/callback"),
                Arguments.of("native", "http://app.example/callback"),
                Arguments.of("native", "myapp:/callback"),
                Arguments.of("web", "http://127.0.0.1/callback"),
                Arguments.of("web", "https://localhost/callback"),
                Arguments.of("web", "https://127.0.0.1/callback"),
                Arguments.of("web", "com.example.app:/oauth2redirect"));
    }

    @Test
    void unknownApplicationTypeIsInvalidClientMetadata() {
        Map<String, Object> metadata = publicClient("http://127.0.0.1/callback");
        metadata.put("application_type", "desktop");
        Response response = server.register(metadata);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_client_metadata");
    }

    @Test
    void privateKeyJwtClientRegistersItsPublicKeys() {
        Map<String, Object> jwks = Map.of("keys", List.of(TokenForge.newKey().toPublicJWK().toJSONObject()));
        Response response = server.register(Map.of("grant_types", List.of("client_credentials"),
                "token_endpoint_auth_method", "private_key_jwt", "jwks", jwks));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.jsonPath().getString("client_secret")).isNull();
    }

    static Stream<Arguments> invalidMetadata() {
        return Stream.of(
                Arguments.of("redirect URI over plain http", publicClient("http://app.example/cb"),
                        "invalid_redirect_uri"),
                Arguments.of("javascript redirect URI", publicClient("javascript:alert(1)"), "invalid_redirect_uri"),
                Arguments.of("redirect URI with fragment", publicClient("https://app.example/cb#x"),
                        "invalid_redirect_uri"),
                Arguments.of("relative redirect URI", publicClient("/cb"), "invalid_redirect_uri"),
                Arguments.of("code grant without redirect URI", Map.of("grant_types", List.of("authorization_code"),
                        "token_endpoint_auth_method", "none"), "invalid_redirect_uri"),
                Arguments.of("password grant", Map.of("grant_types", List.of("password")),
                        "invalid_client_metadata"),
                Arguments.of("implicit response type", Map.of("response_types", List.of("token"),
                        "grant_types", List.of("implicit"), "redirect_uris", List.of("https://app.example/cb")),
                        "invalid_client_metadata"),
                Arguments.of("public client with client credentials", Map.of("grant_types",
                        List.of("client_credentials"), "token_endpoint_auth_method", "none"),
                        "invalid_client_metadata"),
                Arguments.of("private_key_jwt without keys", Map.of("grant_types", List.of("client_credentials"),
                        "token_endpoint_auth_method", "private_key_jwt"), "invalid_client_metadata"),
                Arguments.of("unknown scope", Map.of("grant_types", List.of("client_credentials"),
                        "scope", "mcp:tools root"), "invalid_client_metadata"),
                Arguments.of("unsupported auth method", Map.of("grant_types", List.of("client_credentials"),
                        "token_endpoint_auth_method", "tls_client_auth"), "invalid_client_metadata"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMetadata")
    void invalidMetadataIsRefusedWithTheRfcErrorCode(String why, Map<String, Object> metadata, String error) {
        Response response = server.register(metadata);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo(error);
        assertThat(response.jsonPath().getString("error_description")).isNotBlank();
    }

    @Test
    void bodyThatIsNotJsonIsRefused() {
        Response response = server.request().contentType("application/json").body("{not json").post("/register");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_client_metadata");
    }

    @Test
    void formEncodedBodyIsRefused() {
        Response response = server.request().contentType("application/x-www-form-urlencoded")
                .formParam("client_name", "x").post("/register");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isNotBlank();
    }

    static Map<String, Object> publicClient(String redirectUri) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("client_name", "public app");
        metadata.put("grant_types", List.of("authorization_code", "refresh_token"));
        metadata.put("response_types", List.of("code"));
        metadata.put("token_endpoint_auth_method", "none");
        metadata.put("redirect_uris", List.of(redirectUri));
        return metadata;
    }
}

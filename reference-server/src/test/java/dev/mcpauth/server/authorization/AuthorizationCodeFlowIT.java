package dev.mcpauth.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import dev.mcpauth.server.support.CodeFlow;
import dev.mcpauth.server.support.JsonRpc;
import dev.mcpauth.server.support.ReferenceServerIT;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizationCodeFlowIT extends ReferenceServerIT {

    CodeFlow flow;

    @BeforeEach
    void registerPublicClient() {
        flow = new CodeFlow(server);
    }

    @Test
    void approvedRequestRedirectsWithCodeStateAndIssuer() {
        Response response = flow.authorize(flow.validAuthorizationRequest());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).startsWith(CodeFlow.REDIRECT_URI + "?");
        Map<String, String> redirect = CodeFlow.redirectParameters(response);
        assertThat(redirect.get("code")).isNotBlank();
        assertThat(redirect.get("state")).isEqualTo("state-123");
        assertThat(redirect.get("iss")).isEqualTo(server.baseUrl());
    }

    @Test
    void codeWithTheRightVerifierGivesTokensThatWorkAtTheMcpEndpoint() {
        Response tokens = flow.exchange(flow.code(), Map.of());
        assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
        assertThat(tokens.header("Cache-Control")).contains("no-store");
        assertThat(tokens.jsonPath().getString("refresh_token")).isNotBlank();
        server.mcp(tokens.jsonPath().getString("access_token"), null, JsonRpc.initialize()).then().statusCode(200);
    }

    @Test
    void nativeClientIsRedirectedToItsPrivateUseScheme() {
        String redirectUri = "com.example.app:/oauth2redirect";
        Map<String, Object> metadata = new HashMap<>(Map.of("client_name", "native app", "application_type", "native",
                "grant_types", java.util.List.of("authorization_code"), "token_endpoint_auth_method", "none",
                "redirect_uris", java.util.List.of(redirectUri)));
        CodeFlow nativeFlow = new CodeFlow(server, server.register(metadata).then().statusCode(201).extract()
                .path("client_id"));
        Map<String, String> request = nativeFlow.validAuthorizationRequest();
        request.put("redirect_uri", redirectUri);
        Response response = nativeFlow.authorize(request);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).startsWith(redirectUri + "?");
        String code = CodeFlow.redirectParameters(response).get("code");
        assertThat(nativeFlow.exchange(code, Map.of("redirect_uri", redirectUri)).statusCode()).isEqualTo(200);
    }

    @Test
    void loopbackRedirectUriMatchesOnAnyPort() {
        Map<String, String> request = flow.validAuthorizationRequest();
        request.put("redirect_uri", "http://127.0.0.1:54321/callback");
        Response response = flow.authorize(request);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).startsWith("http://127.0.0.1:54321/callback?");
        String code = CodeFlow.redirectParameters(response).get("code");
        assertThat(flow.exchange(code, Map.of("redirect_uri", "http://127.0.0.1:54321/callback")).statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/callback/extra", "http://127.0.0.1/callbackx",
            "http://127.0.0.1/callback?x=1", "https://127.0.0.1/callback", "http://localhost/callback",
            "https://attacker.example/callback", "http://127.0.0.1/Callback", "http://127.0.0.1/callback#frag"})
    void redirectUriThatIsNotAnExactMatchIsRefusedWithoutRedirecting(String redirectUri) {
        Map<String, String> request = flow.validAuthorizationRequest();
        request.put("redirect_uri", redirectUri);
        Response response = flow.authorize(request);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.header("Location")).isNull();
    }

    @Test
    void unknownClientIsRefusedWithoutRedirecting() {
        Map<String, String> request = flow.validAuthorizationRequest();
        request.put("client_id", "nobody");
        Response response = flow.authorize(request);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.header("Location")).isNull();
    }

    @Test
    void missingCodeChallengeIsRedirectedAsInvalidRequest() {
        Map<String, String> request = flow.validAuthorizationRequest();
        request.remove("code_challenge");
        request.remove("code_challenge_method");
        assertRedirectedError(request, "invalid_request");
    }

    @Test
    void plainCodeChallengeMethodIsRedirectedAsInvalidRequest() {
        Map<String, String> request = flow.validAuthorizationRequest();
        request.put("code_challenge", flow.verifier.getValue());
        request.put("code_challenge_method", "plain");
        assertRedirectedError(request, "invalid_request");
    }

    @Test
    void implicitResponseTypeIsUnsupported() {
        Map<String, String> request = flow.validAuthorizationRequest();
        request.put("response_type", "token");
        assertRedirectedError(request, "unsupported_response_type");
    }

    @Test
    void unknownResourceIsInvalidTarget() {
        Map<String, String> request = flow.validAuthorizationRequest();
        request.put("resource", "https://other.example/mcp");
        assertRedirectedError(request, "invalid_target");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mcp.example.com/mcp", "https://mcp.example.com/mcp#fragment"})
    void resourceThatIsNotAnAbsoluteUriWithoutFragmentIsInvalidTarget(String resource) {
        Map<String, String> request = flow.validAuthorizationRequest();
        request.put("resource", resource);
        assertRedirectedError(request, "invalid_target");
    }

    @Test
    void unknownScopeIsInvalidScope() {
        Map<String, String> request = flow.validAuthorizationRequest();
        request.put("scope", "root");
        assertRedirectedError(request, "invalid_scope");
    }

    @Test
    void wrongOrMissingCodeVerifierIsInvalidGrant() {
        Map<String, String> wrong = new HashMap<>();
        wrong.put("code_verifier", new com.nimbusds.oauth2.sdk.pkce.CodeVerifier().getValue());
        assertThat(flow.exchange(flow.code(), wrong).jsonPath().getString("error")).isEqualTo("invalid_grant");
        Map<String, String> missing = new HashMap<>();
        missing.put("code_verifier", null);
        Response response = flow.exchange(flow.code(), missing);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isIn("invalid_grant", "invalid_request");
    }

    @Test
    void redirectUriDifferentFromTheAuthorizationRequestIsInvalidGrant() {
        Response response = flow.exchange(flow.code(), Map.of("redirect_uri", "http://127.0.0.1:9/callback"));
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void reusedCodeIsRefusedAndRevokesTheTokensItGave() {
        String code = flow.code();
        Response first = flow.exchange(code, Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        Response second = flow.exchange(code, Map.of());
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.jsonPath().getString("error")).isEqualTo("invalid_grant");
        assertThat(flow.refresh(first.jsonPath().getString("refresh_token")).jsonPath().getString("error"))
                .isEqualTo("invalid_grant");
    }

    @Test
    void refreshTokenRotatesAndItsReuseRevokesTheFamily() {
        String original = flow.exchange(flow.code(), Map.of()).jsonPath().getString("refresh_token");
        Response rotated = flow.refresh(original);
        assertThat(rotated.statusCode()).isEqualTo(200);
        String successor = rotated.jsonPath().getString("refresh_token");
        assertThat(successor).isNotBlank().isNotEqualTo(original);
        server.mcp(rotated.jsonPath().getString("access_token"), null, JsonRpc.initialize()).then().statusCode(200);

        Response reuse = flow.refresh(original);
        assertThat(reuse.statusCode()).isEqualTo(400);
        assertThat(reuse.jsonPath().getString("error")).isEqualTo("invalid_grant");
        assertThat(flow.refresh(successor).jsonPath().getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void refreshTokenOfAnotherClientIsInvalidGrant() {
        String refreshToken = flow.exchange(flow.code(), Map.of()).jsonPath().getString("refresh_token");
        CodeFlow other = new CodeFlow(server);
        assertThat(other.refresh(refreshToken).jsonPath().getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void codeIssuedToAnotherClientIsInvalidGrant() {
        CodeFlow other = new CodeFlow(server);
        Response response = other.exchange(flow.code(), Map.of("code_verifier", flow.verifier.getValue()));
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_grant");
    }

    private void assertRedirectedError(Map<String, String> request, String error) {
        Response response = flow.authorize(request);
        assertThat(response.statusCode()).isEqualTo(302);
        Map<String, String> redirect = CodeFlow.redirectParameters(response);
        assertThat(redirect.get("error")).isEqualTo(error);
        assertThat(redirect.get("state")).isEqualTo("state-123");
        assertThat(redirect.get("iss")).isEqualTo(server.baseUrl());
        assertThat(redirect).doesNotContainKey("code");
    }
}

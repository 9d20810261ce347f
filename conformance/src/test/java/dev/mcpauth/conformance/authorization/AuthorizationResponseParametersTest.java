package dev.mcpauth.conformance.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class AuthorizationResponseParametersTest {

    @Test
    void anErrorRedirectedInTheFragmentIsRead() {
        assertThat(AuthorizationCodeFlow.responseParameters(
                URI.create("http://127.0.0.1:1/cb#error=unsupported_response_type&state=s1")))
                .containsEntry("error", "unsupported_response_type").containsEntry("state", "s1");
    }

    @Test
    void aCodeInTheFragmentIsNotTakenForACodeFlowResponse() {
        assertThat(AuthorizationCodeFlow.responseParameters(URI.create("http://127.0.0.1:1/cb#code=abc&state=s1")))
                .isEmpty();
    }

    @Test
    void theQueryWinsOverTheFragment() {
        assertThat(AuthorizationCodeFlow.responseParameters(
                URI.create("http://127.0.0.1:1/cb?code=abc&state=s1#error=access_denied")))
                .containsEntry("code", "abc").doesNotContainKey("error");
    }
}

package dev.mcpauth.client.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuthenticationChallengeTest {

    @Test
    void bearerChallengeWithResourceMetadataAndScope() {
        List<AuthenticationChallenge> challenges = AuthenticationChallenge.parse(
                "Bearer resource_metadata=\"https://mcp.example/.well-known/oauth-protected-resource/mcp\", "
                        + "scope=\"files:read files:write\"");
        assertThat(challenges).hasSize(1);
        assertThat(challenges.get(0).isBearer()).isTrue();
        assertThat(challenges.get(0).parameter("resource_metadata"))
                .contains("https://mcp.example/.well-known/oauth-protected-resource/mcp");
        assertThat(challenges.get(0).parameter("scope")).contains("files:read files:write");
    }

    @Test
    void severalChallengesInOneHeaderAreSeparated() {
        List<AuthenticationChallenge> challenges = AuthenticationChallenge.parse(
                "Basic realm=\"a, b\", Bearer error=\"invalid_token\", resource_metadata=\"https://x.example/m\"");
        assertThat(challenges).extracting(AuthenticationChallenge::scheme).containsExactly("basic", "bearer");
        assertThat(challenges.get(0).parameter("realm")).contains("a, b");
        assertThat(challenges.get(1).parameter("error")).contains("invalid_token");
        assertThat(challenges.get(1).parameter("resource_metadata")).contains("https://x.example/m");
    }

    @Test
    void lowercaseSchemeUnquotedValuesAndAnyParameterOrder() {
        AuthenticationChallenge challenge = AuthenticationChallenge.parse(
                "bearer error=insufficient_scope ,Resource_Metadata = \"https://x.example/m\",realm=\"r\"").get(0);
        assertThat(challenge.isBearer()).isTrue();
        assertThat(challenge.parameter("error")).contains("insufficient_scope");
        assertThat(challenge.parameter("resource_metadata")).contains("https://x.example/m");
        assertThat(challenge.parameter("REALM")).contains("r");
    }

    @Test
    void escapedQuotesInsideQuotedValues() {
        AuthenticationChallenge challenge = AuthenticationChallenge.parse(
                "Bearer error_description=\"say \\\"hi\\\", then go\", error=\"invalid_token\"").get(0);
        assertThat(challenge.parameter("error_description")).contains("say \"hi\", then go");
        assertThat(challenge.parameter("error")).contains("invalid_token");
    }

    @Test
    void token68ChallengeIsNotMistakenForParameters() {
        List<AuthenticationChallenge> challenges = AuthenticationChallenge.parse("Negotiate abc123==, Bearer");
        assertThat(challenges).extracting(AuthenticationChallenge::scheme).containsExactly("negotiate", "bearer");
        assertThat(challenges.get(0).token68()).isEqualTo("abc123==");
        assertThat(challenges.get(1).parameters()).isEmpty();
    }

    @Test
    void resourceMetadataIsTakenFromTheBearerChallengeOnly() {
        assertThat(AuthenticationChallenge.resourceMetadataUrl(List.of(
                "Basic resource_metadata=\"https://wrong.example\"",
                "Bearer resource_metadata=\"https://right.example/m\""))).contains("https://right.example/m");
        assertThat(AuthenticationChallenge.resourceMetadataUrl(List.of("Bearer realm=\"x\""))).isEmpty();
    }

    @Test
    void garbageGivesWhatCouldBeReadAndNeverThrows() {
        assertThat(AuthenticationChallenge.parse("")).isEmpty();
        assertThat(AuthenticationChallenge.parse(null)).isEmpty();
        assertThat(AuthenticationChallenge.parse("Bearer realm=\"unterminated")).hasSize(1);
        assertThat(AuthenticationChallenge.parse(";;;")).isEmpty();
    }
}

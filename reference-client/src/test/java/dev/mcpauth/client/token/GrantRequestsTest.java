package dev.mcpauth.client.token;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.McpAuthorization;
import dev.mcpauth.client.support.StubServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GrantRequestsTest {

    @RegisterExtension
    static WireMockExtension wm = StubServers.extension();

    @TempDir
    Path dir;

    private StubServers stubs;

    @BeforeEach
    void conformantServers() {
        stubs = new StubServers(wm).conformant();
    }

    private TokenSource tokenSource(GrantChoice grant) {
        return McpAuthorization.discover(stubs.settings(dir.resolve("credentials.json")).withGrant(grant))
                .orElseThrow();
    }

    @Test
    void authorizationCodeFlowSendsResourceStateAndS256OnTheAuthorizationRequest() {
        tokenSource(GrantChoice.AUTHORIZATION_CODE).accessToken();

        Map<String, String> query = stubs.requests("/authorize").get(0).getQueryParams().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().firstValue()));
        assertThat(query).containsEntry("resource", stubs.serverUrl()).containsEntry("code_challenge_method", "S256")
                .containsEntry("response_type", "code").containsKeys("state", "code_challenge", "redirect_uri");
        assertThat(query.get("redirect_uri")).startsWith("http://127.0.0.1:").endsWith("/callback");
    }

    @Test
    void everyTokenRequestCarriesTheResourceExactlyAsGiven() {
        TokenSource code = tokenSource(GrantChoice.AUTHORIZATION_CODE);
        String first = code.accessToken();
        code.onUnauthorized(first); // refresh_token grant
        tokenSource(GrantChoice.CLIENT_CREDENTIALS).accessToken();

        List<Map<String, String>> forms = stubs.requests("/token").stream().map(StubServers::form).toList();
        assertThat(forms).extracting(form -> form.get("grant_type"))
                .containsExactly("authorization_code", "refresh_token", "client_credentials");
        assertThat(forms).allSatisfy(form -> assertThat(form).containsEntry("resource", stubs.serverUrl()));
        assertThat(forms.get(0)).containsKey("code_verifier");
    }

    @Test
    void authorizationServerWithoutS256IsRefusedBeforeRegistrationOrAuthorization() {
        stubs.authorizationServerMetadata("/.well-known/oauth-authorization-server",
                stubs.asMetadata(stubs.base(), null));

        TokenSource source = tokenSource(GrantChoice.AUTHORIZATION_CODE);
        assertThatThrownBy(source::accessToken).isInstanceOf(AuthorizationFailure.class)
                .hasMessageContaining("S256");
        assertThat(stubs.requests("/register")).isEmpty();
        assertThat(stubs.requests("/authorize")).isEmpty();
        assertThat(stubs.requests("/token")).isEmpty();
    }

    @Test
    void authorizationServerOfferingOnlyPlainIsRefused() {
        stubs.authorizationServerMetadata("/.well-known/oauth-authorization-server",
                stubs.asMetadata(stubs.base(), "[\"plain\"]"));

        assertThatThrownBy(tokenSource(GrantChoice.AUTHORIZATION_CODE)::accessToken)
                .isInstanceOf(AuthorizationFailure.class).hasMessageContaining("S256");
        assertThat(stubs.requests("/authorize")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html;base64,PHA+aGk8L3A+", "file:///etc/passwd"})
    void authorizationEndpointThatIsNotAnHttpUrlIsNeverOpened(String endpoint) {
        stubs.authorizationServerMetadata("/.well-known/oauth-authorization-server", stubs.asMetadata(stubs.base(),
                "[\"S256\"]").replace(stubs.base() + "/authorize", endpoint));
        List<URI> opened = new ArrayList<>();

        TokenSource source = McpAuthorization.discover(stubs.settings(dir.resolve("c.json"))
                .withGrant(GrantChoice.AUTHORIZATION_CODE)
                .withOpener((url, redirect) -> opened.add(url))).orElseThrow();

        assertThatThrownBy(source::accessToken).isInstanceOf(AuthorizationFailure.class)
                .hasMessageContaining("authorization_endpoint").hasMessageContaining("authorization URL validation");
        assertThat(opened).isEmpty();
        assertThat(stubs.requests("/register")).isEmpty();
    }

    @Test
    void authorizationResponseWithAnotherStateIsRefusedAndNoCodeIsExchanged() {
        wm.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=stub-code&state=forged")
                .withTransformers("response-template")));

        assertThatThrownBy(tokenSource(GrantChoice.AUTHORIZATION_CODE)::accessToken)
                .isInstanceOf(AuthorizationFailure.class).hasMessageContaining("state");
        assertThat(stubs.requests("/authorize")).hasSize(1);
        assertThat(stubs.requests("/token")).isEmpty();
    }

    @Test
    void authorizationResponseWithoutStateIsRefused() {
        wm.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=stub-code")
                .withTransformers("response-template")));

        assertThatThrownBy(tokenSource(GrantChoice.AUTHORIZATION_CODE)::accessToken)
                .isInstanceOf(AuthorizationFailure.class).hasMessageContaining("state");
        assertThat(stubs.requests("/token")).isEmpty();
    }

    @Test
    void authorizationResponseNamingAnotherIssuerIsRefusedWhenTheServerSupportsIss() {
        stubs.authorizationServerMetadata("/.well-known/oauth-authorization-server", stubs.asMetadata(stubs.base(),
                "[\"S256\"]").replace("}", ",\"authorization_response_iss_parameter_supported\":true}"));
        wm.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=stub-code&state={{request.query.state}}"
                        + "&iss=http%3A%2F%2Fattacker.example")
                .withTransformers("response-template")));

        assertThatThrownBy(tokenSource(GrantChoice.AUTHORIZATION_CODE)::accessToken)
                .isInstanceOf(AuthorizationFailure.class).hasMessageContaining("RFC 9207");
        assertThat(stubs.requests("/token")).isEmpty();
    }

    @Test
    void anAccessTokenAboutToExpireIsRefreshedBeforeItIsUsed() {
        stubs.token("{\"access_token\":\"short-lived\",\"token_type\":\"Bearer\",\"expires_in\":5,"
                + "\"refresh_token\":\"refresh-1\"}");
        TokenSource source = tokenSource(GrantChoice.CLIENT_CREDENTIALS);

        source.accessToken();
        source.accessToken();

        assertThat(stubs.requests("/token")).extracting(r -> StubServers.form(r).get("grant_type"))
                .containsExactly("client_credentials", "refresh_token");
    }

    @Test
    void withoutAScopeInTheChallengeEveryScopeTheResourceSupportsIsAskedFor() {
        wm.stubFor(get("/.well-known/oauth-protected-resource/mcp").willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"resource\":\"" + stubs.serverUrl()
                        + "\",\"authorization_servers\":[\"" + stubs.base() + "\"],"
                        + "\"scopes_supported\":[\"files:read\",\"files:write\"]}")));

        tokenSource(GrantChoice.CLIENT_CREDENTIALS).accessToken();

        assertThat(StubServers.form(stubs.requests("/token").get(0))).containsEntry("scope", "files:read files:write");
    }

    @Test
    void theChallengeScopeWinsOverScopesSupported() {
        stubs.unauthorizedMcp("Bearer resource_metadata=\"" + stubs.base()
                + "/.well-known/oauth-protected-resource/mcp\", scope=\"files:read\"");

        tokenSource(GrantChoice.AUTHORIZATION_CODE).accessToken();

        assertThat(stubs.requests("/authorize").get(0).queryParameter("scope").firstValue()).isEqualTo("files:read");
    }

    @Test
    void insufficientScopeAsksForTheUnionOfScopesAndStopsAtTheLimit() {
        TokenSource source = tokenSource(GrantChoice.CLIENT_CREDENTIALS);
        String token = source.accessToken();

        assertThat(source.onInsufficientScope(token, "files:read")).isTrue();
        assertThat(source.onInsufficientScope(token, "files:write")).isTrue();
        assertThat(source.onInsufficientScope(token, "admin")).isFalse();

        List<String> scopes = stubs.requests("/token").stream().map(r -> StubServers.form(r).get("scope")).toList();
        assertThat(scopes).containsExactly(null, "files:read", "files:read files:write");
    }

    @Test
    void aTokenRenewedAfterA401ThatIsRejectedAgainEndsTheRetries() {
        TokenSource source = tokenSource(GrantChoice.CLIENT_CREDENTIALS);
        String token = source.accessToken();

        assertThat(source.onUnauthorized(token)).isTrue();
        assertThat(source.onUnauthorized(source.accessToken())).isFalse();
        assertThat(stubs.requests("/token")).hasSize(2);
    }
}

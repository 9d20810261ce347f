package dev.mcpauth.client.registration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.McpAuthorization;
import dev.mcpauth.client.support.StubServers;
import dev.mcpauth.client.token.GrantChoice;
import dev.mcpauth.client.token.TokenSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ClientIdentityTest {

    @RegisterExtension
    static WireMockExtension wm = StubServers.extension();

    @TempDir
    Path dir;

    private StubServers stubs;
    private Path credentials;

    @BeforeEach
    void conformantServers() {
        stubs = new StubServers(wm).conformant();
        credentials = dir.resolve("credentials.json");
    }

    private TokenSource tokenSource(ClientSettings settings) {
        return McpAuthorization.discover(settings.withGrant(GrantChoice.CLIENT_CREDENTIALS)).orElseThrow();
    }

    @Test
    void registrationIsStoredPerIssuerAndReusedByTheNextRun() {
        tokenSource(stubs.settings(credentials)).accessToken();
        tokenSource(stubs.settings(credentials)).accessToken();

        assertThat(stubs.requests("/register")).hasSize(1);
        assertThat(stubs.requests("/token")).hasSize(2)
                .allSatisfy(request -> assertThat(request.getHeader("Authorization")).isEqualTo(basic(
                        "registered-1", "registered-secret-1")));
    }

    @Test
    void registrationRequestAsksForWhatTheGrantNeedsAndNoScope() {
        tokenSource(stubs.settings(credentials)).accessToken();

        String body = stubs.requests("/register").get(0).getBodyAsString();
        assertThat(body).contains("\"grant_types\":[\"client_credentials\"]")
                .contains("\"token_endpoint_auth_method\":\"client_secret_basic\"").doesNotContain("\"scope\"")
                .as("MCP 2026-07-28: a fitting application_type, native for a command line")
                .contains("\"application_type\":\"native\"");
        assertThat(stubs.requests("/register").get(0).getHeader("Content-Type")).startsWith("application/json");
    }

    @Test
    void aServerRefusingTheRefreshTokenGrantIsAskedOnceMoreWithoutIt() {
        wm.stubFor(post(urlEqualTo("/register")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("refresh_token"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_client_metadata\",\"error_description\":"
                                + "\"grant_types can only contain 'authorization_code'\"}")));

        McpAuthorization.discover(stubs.settings(credentials).withGrant(GrantChoice.AUTHORIZATION_CODE))
                .orElseThrow().accessToken();

        assertThat(stubs.requests("/register")).extracting(r -> r.getBodyAsString().contains("refresh_token"))
                .as("MCP 2026-07-28: refresh tokens are never assumed").containsExactly(true, false);
        assertThat(stubs.requests("/register").get(0).getHeader("Accept")).isEqualTo("application/json");
    }

    @Test
    void confidentialRegistrationTakesTheFirstMethodTheServerListsThatTheClientSupports() {
        stubs.authorizationServerMetadata("/.well-known/oauth-authorization-server", stubs.asMetadata(stubs.base(),
                "[\"S256\"]").replace("[\"client_secret_basic\",\"client_secret_post\"]",
                "[\"tls_client_auth\",\"client_secret_post\",\"client_secret_basic\"]"));

        tokenSource(stubs.settings(credentials)).accessToken();

        assertThat(stubs.requests("/register").get(0).getBodyAsString())
                .contains("\"token_endpoint_auth_method\":\"client_secret_post\"");
    }

    @Test
    void forTheCodeFlowTheClientRegistersAsAPublicNativeClientWhereTheServerAllowsIt() {
        stubs.authorizationServerMetadata("/.well-known/oauth-authorization-server", stubs.asMetadata(stubs.base(),
                "[\"S256\"]").replace("[\"client_secret_basic\",\"client_secret_post\"]",
                "[\"client_secret_basic\",\"none\"]"));

        McpAuthorization.discover(stubs.settings(credentials).withGrant(GrantChoice.AUTHORIZATION_CODE))
                .orElseThrow().accessToken();

        assertThat(stubs.requests("/register").get(0).getBodyAsString())
                .as("RFC 8252 §8.4: a native app is a public client")
                .contains("\"token_endpoint_auth_method\":\"none\"")
                .contains("\"application_type\":\"native\"");
    }

    @Test
    void configuredClientIsPreferredOverRegistration() {
        ClientSettings settings = stubs.settings(credentials).withClient(new ConfiguredClient(Optional.of("pre"),
                Optional.of(new Secret("pre-secret")), Optional.empty(), Optional.empty(), Optional.empty()));

        tokenSource(settings).accessToken();

        assertThat(stubs.requests("/register")).isEmpty();
        assertThat(stubs.requests("/token").get(0).getHeader("Authorization")).isEqualTo(basic("pre", "pre-secret"));
    }

    @Test
    void invalidClientForAStoredRegistrationLeadsToExactlyOneReRegistration() {
        tokenSource(stubs.settings(credentials)).accessToken(); // stores registered-1
        wm.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));
        stubs.registration("registered-2", "registered-secret-2");

        assertThatThrownBy(tokenSource(stubs.settings(credentials))::accessToken)
                .isInstanceOf(AuthorizationFailure.class).hasMessageContaining("invalid_client");

        assertThat(stubs.requests("/register")).hasSize(2); // the first run's, and one re-registration
        assertThat(stubs.requests("/token")).hasSize(3);    // the first run's, the refused one, one retry
    }

    @Test
    void reRegistrationReplacesTheStoredClientWhenTheNewOneIsAccepted() {
        tokenSource(stubs.settings(credentials)).accessToken();
        wm.stubFor(post(urlEqualTo("/token")).withHeader("Authorization", equalTo(basic("registered-1",
                "registered-secret-1"))).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));
        stubs.registration("registered-2", "registered-secret-2");

        tokenSource(stubs.settings(credentials)).accessToken();
        tokenSource(stubs.settings(credentials)).accessToken();

        assertThat(stubs.requests("/register")).hasSize(2);
        assertThat(credentials).content(StandardCharsets.UTF_8).contains("registered-2")
                .doesNotContain("registered-1");
    }

    @Test
    void invalidClientForAConfiguredClientIsNotAnsweredByRegistering() {
        wm.stubFor(post(urlEqualTo("/token")).withRequestBody(containing("client_credentials"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_client\"}")));
        ClientSettings settings = stubs.settings(credentials).withClient(new ConfiguredClient(Optional.of("pre"),
                Optional.of(new Secret("wrong")), Optional.empty(), Optional.empty(), Optional.empty()));

        assertThatThrownBy(tokenSource(settings)::accessToken).isInstanceOf(AuthorizationFailure.class)
                .hasMessageContaining("configured client");
        assertThat(stubs.requests("/register")).isEmpty();
    }

    @Test
    void tokenEndpointAuthenticationFollowsWhatTheRegistrationSays() {
        wm.stubFor(post(urlEqualTo("/register")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"client_id\":\"posting\","
                        + "\"client_secret\":\"posted-secret\",\"token_endpoint_auth_method\":\"client_secret_post\","
                        + "\"grant_types\":[\"client_credentials\"]}")));

        tokenSource(stubs.settings(credentials)).accessToken();

        var token = stubs.requests("/token").get(0);
        assertThat(token.getHeader("Authorization")).isNull();
        assertThat(token.getBodyAsString()).contains("client_id=posting").contains("client_secret=posted-secret");
    }

    @Test
    void serverAcceptingOnlyPrivateKeyJwtGetsAPublicKeyAndAssertionsSignedWithItsPrivateHalf() throws Exception {
        stubs.authorizationServerMetadata("/.well-known/oauth-authorization-server", stubs.asMetadata(stubs.base(),
                "[\"S256\"]").replace("[\"client_secret_basic\",\"client_secret_post\"]", "[\"private_key_jwt\"]"));
        wm.stubFor(post(urlEqualTo("/register")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"client_id\":\"signing\","
                        + "\"token_endpoint_auth_method\":\"private_key_jwt\",\"grant_types\":[\"client_credentials\"]}")));

        tokenSource(stubs.settings(credentials)).accessToken();

        var registration = JSONObjectUtils.parse(
                stubs.requests("/register").get(0).getBodyAsString());
        assertThat(registration.get("token_endpoint_auth_method")).isEqualTo("private_key_jwt");
        JWKSet keys = JWKSet.parse(
                JSONObjectUtils.getJSONObject(registration, "jwks"));
        assertThat(keys.getKeys()).singleElement().satisfies(key -> assertThat(key.isPrivate()).isFalse());
        var form = StubServers.form(stubs.requests("/token").get(0));
        assertThat(form).containsEntry("client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer").doesNotContainKey("client_secret");
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertThat(assertion.verify(new ECDSAVerifier(
                keys.getKeys().get(0).toECKey()))).isTrue();
        assertThat(assertion.getJWTClaimsSet().getAudience()).as("the issuer").containsExactly(stubs.base());
        assertThat(credentials).content(StandardCharsets.UTF_8).contains("private_jwk");
    }

    @Test
    void serverAdvertisingOnlyNoneGetsAPublicClientThatSendsItsClientIdForTheCodeFlow() {
        stubs.authorizationServerMetadata("/.well-known/oauth-authorization-server", stubs.asMetadata(stubs.base(),
                "[\"S256\"]").replace("[\"client_secret_basic\",\"client_secret_post\"]", "[\"none\"]"));
        wm.stubFor(post(urlEqualTo("/register")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"client_id\":\"public-1\","
                        + "\"token_endpoint_auth_method\":\"none\",\"grant_types\":[\"authorization_code\","
                        + "\"refresh_token\"],\"response_types\":[\"code\"],"
                        + "\"redirect_uris\":[\"http://127.0.0.1/callback\"]}")));

        McpAuthorization.discover(stubs.settings(credentials).withGrant(GrantChoice.AUTHORIZATION_CODE)).orElseThrow()
                .accessToken();

        assertThat(stubs.requests("/register").get(0).getBodyAsString())
                .contains("\"token_endpoint_auth_method\":\"none\"").contains("\"redirect_uris\"");
        var token = stubs.requests("/token").get(0);
        assertThat(token.getHeader("Authorization")).isNull();
        assertThat(StubServers.form(token)).containsEntry("client_id", "public-1").doesNotContainKey("client_secret");
    }

    private static final String DOCUMENT_URL = "https://client.example/mcp-client.json";

    private void serverSupportingMetadataDocuments() {
        stubs.authorizationServerMetadata("/.well-known/oauth-authorization-server", stubs.asMetadata(stubs.base(),
                "[\"S256\"]").replace("[\"client_secret_basic\",\"client_secret_post\"]",
                "[\"client_secret_basic\",\"none\"]").replaceFirst("}$",
                ",\"client_id_metadata_document_supported\":true}"));
    }

    private ClientSettings withMetadataDocument() {
        return stubs.settings(credentials)
                .withMetadataDocument(Optional.of(ClientIdMetadataDocument.at(DOCUMENT_URL)));
    }

    @Test
    void metadataDocumentUrlIsThePublicClientIdAtAServerThatSupportsItAndNothingIsRegistered() {
        serverSupportingMetadataDocuments();

        McpAuthorization.discover(withMetadataDocument()).orElseThrow().accessToken();

        assertThat(stubs.requests("/register")).isEmpty();
        assertThat(stubs.requests("/authorize")).singleElement().satisfies(request -> assertThat(
                request.queryParameter("client_id").firstValue()).isEqualTo(DOCUMENT_URL));
        var token = stubs.requests("/token").get(0);
        assertThat(token.getHeader("Authorization")).isNull();
        assertThat(StubServers.form(token)).containsEntry("grant_type", "authorization_code")
                .containsEntry("client_id", DOCUMENT_URL).doesNotContainKey("client_secret");
        assertThat(credentials).doesNotExist();
    }

    @Test
    void withoutTheServersSupportTheClientRegistersDespiteItsMetadataDocument() {
        McpAuthorization.discover(withMetadataDocument().withGrant(GrantChoice.AUTHORIZATION_CODE)).orElseThrow()
                .accessToken();

        assertThat(stubs.requests("/register")).hasSize(1);
        assertThat(stubs.requests("/authorize")).singleElement().satisfies(request -> assertThat(
                request.queryParameter("client_id").firstValue()).isEqualTo("registered-1"));
    }

    @Test
    void configuredClientIsPreferredOverTheMetadataDocument() {
        serverSupportingMetadataDocuments();
        ClientSettings settings = withMetadataDocument().withClient(new ConfiguredClient(Optional.of("pre"),
                Optional.of(new Secret("pre-secret")), Optional.empty(), Optional.empty(), Optional.empty()));

        tokenSource(settings).accessToken();

        assertThat(stubs.requests("/register")).isEmpty();
        assertThat(stubs.requests("/authorize")).isEmpty();
        assertThat(stubs.requests("/token").get(0).getHeader("Authorization")).isEqualTo(basic("pre", "pre-secret"));
    }

    @Test
    void metadataDocumentIsPreferredOverARegistrationStoredForTheIssuer() {
        McpAuthorization.discover(stubs.settings(credentials).withGrant(GrantChoice.AUTHORIZATION_CODE))
                .orElseThrow().accessToken(); // stores registered-1
        serverSupportingMetadataDocuments();

        McpAuthorization.discover(withMetadataDocument()).orElseThrow().accessToken();

        assertThat(stubs.requests("/register")).hasSize(1);
        assertThat(stubs.requests("/authorize")).last().satisfies(request -> assertThat(
                request.queryParameter("client_id").firstValue()).isEqualTo(DOCUMENT_URL));
    }

    @Test
    void invalidClientForTheMetadataDocumentUrlIsReportedNotAnsweredByRegistering() {
        serverSupportingMetadataDocuments();
        wm.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));

        assertThatThrownBy(McpAuthorization.discover(withMetadataDocument()).orElseThrow()::accessToken)
                .isInstanceOf(AuthorizationFailure.class).hasMessageContaining(DOCUMENT_URL)
                .hasMessageContaining("metadata document");
        assertThat(stubs.requests("/register")).isEmpty();
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}

package dev.mcpauth.server.registration.metadatadocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.mcpauth.server.support.CodeFlow;
import dev.mcpauth.server.support.JsonRpc;
import dev.mcpauth.server.support.MetadataDocumentHost;
import dev.mcpauth.server.support.ReferenceServerIT;
import dev.mcpauth.server.support.TokenForge;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Clients identified by the URL of their metadata document (CIMD), served from https and http hosts on 127.0.0.1
 * that the test allow-list admits; other loopback and private addresses stay refused.
 */
class ClientIdMetadataDocumentIT extends ReferenceServerIT {

    static final MetadataDocumentHost HTTPS = MetadataDocumentHost.https();
    static final MetadataDocumentHost HTTP = MetadataDocumentHost.http();

    @DynamicPropertySource
    static void allowTheTestHosts(DynamicPropertyRegistry properties) {
        properties.add("mcpauth.client-id-metadata-documents.allowed-hosts",
                () -> HTTPS.hostPort() + "," + HTTP.hostPort());
        properties.add("mcpauth.client-id-metadata-documents.allowed-hosts-over-http", () -> "true");
        properties.add("mcpauth.client-id-metadata-documents.trusted-certificates",
                () -> HTTPS.certificatePem().toString());
    }

    @AfterAll
    static void stopHosts() {
        HTTPS.close();
        HTTP.close();
    }

    private static String uniquePath() {
        return "/clients/" + UUID.randomUUID() + ".json";
    }

    private String servedClient() {
        String path = uniquePath();
        return HTTPS.serve(path, HTTPS.document(path, CodeFlow.REDIRECT_URI));
    }

    @Test
    void metadataAnnouncesSupport() {
        server.request().get("/.well-known/oauth-authorization-server").then().statusCode(200)
                .body("client_id_metadata_document_supported", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void authorizationCodeFlowWithADocumentClientGivesTokensThatWorkAndRefresh() {
        CodeFlow flow = new CodeFlow(server, servedClient());
        Response authorization = flow.authorize(flow.validAuthorizationRequest());
        assertThat(authorization.statusCode()).as(authorization.asString()).isEqualTo(302);
        Map<String, String> redirect = CodeFlow.redirectParameters(authorization);
        assertThat(redirect.get("iss")).isEqualTo(server.baseUrl());

        Response tokens = flow.exchange(redirect.get("code"), Map.of());
        assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
        server.mcp(tokens.jsonPath().getString("access_token"), null, JsonRpc.initialize()).then().statusCode(200);
        Response refreshed = flow.refresh(tokens.jsonPath().getString("refresh_token"));
        assertThat(refreshed.statusCode()).as(refreshed.asString()).isEqualTo(200);
    }

    @Test
    void documentIsFetchedOnceWhileItsCacheLifetimeLasts() {
        String path = uniquePath();
        CodeFlow flow = new CodeFlow(server, HTTPS.serve(path, HTTPS.document(path, CodeFlow.REDIRECT_URI),
                Map.of("Cache-Control", "max-age=60")));
        String code = flow.code();
        assertThat(flow.exchange(code, Map.of()).statusCode()).isEqualTo(200);
        assertThat(HTTPS.hits(path)).isEqualTo(1);
    }

    @Test
    void documentMarkedNoStoreIsFetchedForEveryUse() {
        String path = uniquePath();
        CodeFlow flow = new CodeFlow(server, HTTPS.serve(path, HTTPS.document(path, CodeFlow.REDIRECT_URI),
                Map.of("Cache-Control", "no-store")));
        assertThat(flow.exchange(flow.code(), Map.of()).statusCode()).isEqualTo(200);
        assertThat(HTTPS.hits(path)).isEqualTo(2);
    }

    @Test
    void invalidDocumentIsNotCachedSoTheFixedOneIsUsedNextTime() {
        String path = uniquePath();
        Map<String, Object> document = HTTPS.document(path, CodeFlow.REDIRECT_URI);
        document.remove("redirect_uris");
        CodeFlow flow = new CodeFlow(server, HTTPS.serve(path, document));
        assertRefusedWithoutRedirect(flow.authorize(flow.validAuthorizationRequest()), "redirect_uris");
        HTTPS.serve(path, HTTPS.document(path, CodeFlow.REDIRECT_URI));
        assertThat(flow.authorize(flow.validAuthorizationRequest()).statusCode()).isEqualTo(302);
    }

    @Test
    void documentNamingAnotherClientIdIsRefused() {
        String path = uniquePath();
        Map<String, Object> document = HTTPS.document(path, CodeFlow.REDIRECT_URI);
        document.put("client_id", HTTPS.url(path) + "/");
        CodeFlow flow = new CodeFlow(server, HTTPS.serve(path, document));
        assertRefusedWithoutRedirect(flow.authorize(flow.validAuthorizationRequest()), "client_id");
    }

    @Test
    void redirectUriTheDocumentDoesNotListIsRefusedWithoutRedirecting() {
        CodeFlow flow = new CodeFlow(server, servedClient());
        Map<String, String> request = flow.validAuthorizationRequest();
        request.put("redirect_uri", "https://attacker.example/callback");
        assertRefusedWithoutRedirect(flow.authorize(request), "redirect_uri");
    }

    @Test
    void documentUrlOnALoopbackHostNotAllowListedIsNeverFetched() {
        String path = uniquePath();
        HTTPS.serve(path, HTTPS.document(path, CodeFlow.REDIRECT_URI));
        String viaLocalhost = HTTPS.url(path).replace("127.0.0.1", "localhost");
        CodeFlow flow = new CodeFlow(server, viaLocalhost);
        assertRefusedWithoutRedirect(flow.authorize(flow.validAuthorizationRequest()),
                "a loopback address, which this server does not fetch from");
        assertThat(HTTPS.hits(path)).isZero();
    }

    @Test
    void documentUrlsOnPrivateAndLinkLocalAddressesAreRefused() {
        for (String clientId : List.of("https://10.0.0.1/client.json", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/client.json", "https://[fd00::1]/client.json", "https://192.168.1.1/client.json")) {
            CodeFlow flow = new CodeFlow(server, clientId);
            assertRefusedWithoutRedirect(flow.authorize(flow.validAuthorizationRequest()),
                    "address, which this server does not fetch from");
        }
    }

    @Test
    void redirectFromTheDocumentUrlIsNotFollowed() {
        String target = uniquePath();
        HTTPS.serve(target, HTTPS.document(target, CodeFlow.REDIRECT_URI));
        String path = uniquePath();
        HTTPS.answer(path, new MetadataDocumentHost.Answer(302, Map.of("Location", HTTPS.url(target)), new byte[0],
                false));
        CodeFlow flow = new CodeFlow(server, HTTPS.url(path));
        assertRefusedWithoutRedirect(flow.authorize(flow.validAuthorizationRequest()), "redirect");
        assertThat(HTTPS.hits(target)).isZero();
    }

    @Test
    void documentLargerThanTheCapIsRefusedWithOrWithoutContentLength() {
        for (boolean chunked : List.of(false, true)) {
            String path = uniquePath();
            Map<String, Object> document = HTTPS.document(path, CodeFlow.REDIRECT_URI);
            document.put("client_uri", "https://app.example/" + "x".repeat(6000));
            HTTPS.answer(path, new MetadataDocumentHost.Answer(200, Map.of("Content-Type", "application/json"),
                    dev.mcpauth.server.http.Json.write(document).getBytes(StandardCharsets.UTF_8), chunked));
            CodeFlow flow = new CodeFlow(server, HTTPS.url(path));
            assertRefusedWithoutRedirect(flow.authorize(flow.validAuthorizationRequest()), "larger than");
        }
    }

    @Test
    void clientIdUrlsBreakingTheUrlRulesAreRefused() {
        for (String clientId : List.of("https://" + HTTPS.hostPort(), "https://" + HTTPS.hostPort() + "/",
                "https://" + HTTPS.hostPort() + "/a/../client.json", "https://user:pw@" + HTTPS.hostPort() + "/c.json",
                "http://app.example/client.json")) {
            CodeFlow flow = new CodeFlow(server, clientId);
            assertRefusedWithoutRedirect(flow.authorize(flow.validAuthorizationRequest()), "client_id URL");
        }
    }

    @Test
    void documentWithASharedSecretMethodIsRefused() {
        String path = uniquePath();
        Map<String, Object> document = HTTPS.document(path, CodeFlow.REDIRECT_URI);
        document.put("token_endpoint_auth_method", "client_secret_basic");
        CodeFlow flow = new CodeFlow(server, HTTPS.serve(path, document));
        assertRefusedWithoutRedirect(flow.authorize(flow.validAuthorizationRequest()), "shared secret");
    }

    @Test
    void documentListingAPlainHttpRedirectUriOffLoopbackIsRefused() {
        String path = uniquePath();
        CodeFlow flow = new CodeFlow(server, HTTPS.serve(path, HTTPS.document(path, "http://evil.example/cb")));
        Map<String, String> request = flow.validAuthorizationRequest();
        request.put("redirect_uri", "http://evil.example/cb");
        assertRefusedWithoutRedirect(flow.authorize(request), "redirect URI");
    }

    @Test
    void allowListedHostMayServeOverPlainHttpWhenTheOptionIsOn() {
        String path = uniquePath();
        CodeFlow flow = new CodeFlow(server, HTTP.serve(path, HTTP.document(path, CodeFlow.REDIRECT_URI)));
        assertThat(flow.exchange(flow.code(), Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenRequestOfADocumentClientWhoseDocumentIsGoneIsInvalidClient() {
        String path = uniquePath();
        CodeFlow flow = new CodeFlow(server, HTTPS.serve(path, HTTPS.document(path, CodeFlow.REDIRECT_URI),
                Map.of("Cache-Control", "no-store")));
        String code = flow.code();
        HTTPS.answer(path, new MetadataDocumentHost.Answer(404, Map.of(), new byte[0], false));
        Response response = flow.exchange(code, Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_client");
    }

    @Test
    void privateKeyJwtClientAuthenticatesWithTheKeysItsDocumentLists() throws Exception {
        ECKey key = TokenForge.newKey();
        String path = uniquePath();
        Map<String, Object> document = HTTPS.document(path, CodeFlow.REDIRECT_URI);
        document.put("token_endpoint_auth_method", "private_key_jwt");
        document.put("jwks", Map.of("keys", List.of(key.toPublicJWK().toJSONObject())));
        String clientId = HTTPS.serve(path, document);
        CodeFlow flow = new CodeFlow(server, clientId);

        Response withoutAssertion = flow.exchange(flow.code(), Map.of());
        assertThat(withoutAssertion.statusCode()).isEqualTo(401);
        assertThat(withoutAssertion.jsonPath().getString("error")).isEqualTo("invalid_client");

        Map<String, String> authenticated = new HashMap<>();
        authenticated.put("client_id", null);
        authenticated.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        authenticated.put("client_assertion", clientAssertion(clientId, key));
        Response tokens = flow.exchange(flow.code(), authenticated);
        assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
    }

    private String clientAssertion(String clientId, ECKey key) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId)
                .audience(server.baseUrl() + "/token").jwtID(UUID.randomUUID().toString())
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 60_000)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static void assertRefusedWithoutRedirect(Response response, String reason) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.header("Location")).isNull();
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.asString()).contains(reason);
    }
}

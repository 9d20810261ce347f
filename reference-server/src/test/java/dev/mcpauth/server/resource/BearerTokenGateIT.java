package dev.mcpauth.server.resource;

import static dev.mcpauth.server.support.JsonRpc.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.mcpauth.server.store.SigningKeyStore;
import dev.mcpauth.server.support.JsonRpc;
import dev.mcpauth.server.support.ReferenceServer;
import dev.mcpauth.server.support.ReferenceServer.TestClient;
import dev.mcpauth.server.support.ReferenceServerIT;
import dev.mcpauth.server.support.TokenForge;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The bearer-token gate in front of /mcp: which requests get through, and how the others are answered. */
class BearerTokenGateIT extends ReferenceServerIT {

    @Autowired
    SigningKeyStore signingKeys;

    TestClient client;
    TokenForge forge;

    @BeforeEach
    void registerClient() {
        client = server.registerConfidentialClient();
        forge = new TokenForge(signingKeys.signingKey(), server.baseUrl(), server.resource());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "GET", "DELETE"})
    void requestWithoutTokenIsChallengedWithTheResourceMetadataUrl(String method) {
        Response response = server.request().contentType("application/json").accept(ReferenceServer.ACCEPT_MCP)
                .body(method.equals("POST") ? JsonRpc.initialize() : "").request(method, "/mcp");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer resource_metadata=\"" + server.baseUrl()
                + "/.well-known/oauth-protected-resource/mcp\", scope=\"mcp:tools\"");
    }

    @Test
    void sessionIdWithoutTokenIsNotACredential() {
        String session = server.openSession(server.accessToken(client, null));
        for (String method : new String[] {"POST", "GET", "DELETE"}) {
            Response response = server.request().header("Mcp-Session-Id", session)
                    .contentType("application/json").accept(ReferenceServer.ACCEPT_MCP)
                    .body(method.equals("POST") ? JsonRpc.request("ping", Map.of()) : "").request(method, "/mcp");
            assertThat(response.statusCode()).as(method).isEqualTo(401);
        }
    }

    static Stream<Arguments> forgedTokens() {
        return Stream.of(
                Arguments.of("garbage", (Function<BearerTokenGateIT, String>) t -> "not-a-jwt"),
                Arguments.of("bad signature", (Function<BearerTokenGateIT, String>) t -> {
                    String valid = t.server.accessToken(t.client, null);
                    String signature = valid.substring(valid.lastIndexOf('.') + 1);
                    char flipped = signature.charAt(10) == 'A' ? 'B' : 'A';
                    return valid.substring(0, valid.lastIndexOf('.') + 1) + signature.substring(0, 10) + flipped
                            + signature.substring(11);
                }),
                Arguments.of("stripped signature", (Function<BearerTokenGateIT, String>) t -> {
                    String valid = t.server.accessToken(t.client, null);
                    return valid.substring(0, valid.lastIndexOf('.') + 1);
                }),
                Arguments.of("alg none", (Function<BearerTokenGateIT, String>) t ->
                        new PlainJWT(t.forge.validClaims(t.client.id()).build()).serialize()),
                Arguments.of("expired", (Function<BearerTokenGateIT, String>) t -> t.forge.signedByServer(
                        t.client.id(), c -> c.issueTime(ago(600)).notBeforeTime(ago(600)).expirationTime(ago(300)))),
                Arguments.of("not yet valid", (Function<BearerTokenGateIT, String>) t -> t.forge.signedByServer(
                        t.client.id(), c -> c.notBeforeTime(Date.from(Instant.now().plusSeconds(600))))),
                Arguments.of("wrong issuer", (Function<BearerTokenGateIT, String>) t -> t.forge.signedByServer(
                        t.client.id(), c -> c.issuer(t.server.baseUrl() + "/"))),
                Arguments.of("wrong audience", (Function<BearerTokenGateIT, String>) t -> t.forge.signedByServer(
                        t.client.id(), c -> c.audience("https://other.example/mcp"))),
                Arguments.of("audience of another path", (Function<BearerTokenGateIT, String>) t ->
                        t.forge.signedByServer(t.client.id(), c -> c.audience(t.server.baseUrl()))),
                Arguments.of("audience shared with others", (Function<BearerTokenGateIT, String>) t ->
                        t.forge.signedByServer(t.client.id(), c -> c.audience(t.forge.audienceWithOthers()))),
                Arguments.of("no expiry", (Function<BearerTokenGateIT, String>) t -> t.forge.signedByServer(
                        t.client.id(), c -> c.expirationTime(null))),
                Arguments.of("wrong typ", (Function<BearerTokenGateIT, String>) t -> t.forge.signedByServer(
                        t.client.id(), c -> { }, t.forge.validHeader().type(JOSEObjectType.JWT).build())),
                Arguments.of("unknown key id", (Function<BearerTokenGateIT, String>) t -> t.forge.signedByForeignKey(
                        t.client.id(), t.forge.validHeader().keyID("unknown").build(), TokenForge.newKey())),
                Arguments.of("foreign key claiming our key id", (Function<BearerTokenGateIT, String>) t ->
                        t.forge.signedByForeignKey(t.client.id(), t.forge.validHeader().build(), TokenForge.newKey())),
                Arguments.of("embedded jwk header", (Function<BearerTokenGateIT, String>) t -> {
                    ECKey attacker = TokenForge.newKey();
                    return t.forge.signedByForeignKey(t.client.id(),
                            t.forge.validHeader().jwk(attacker.toPublicJWK()).build(), attacker);
                }),
                Arguments.of("jku header", (Function<BearerTokenGateIT, String>) t -> {
                    ECKey attacker = TokenForge.newKey();
                    return t.forge.signedByForeignKey(t.client.id(), t.forge.validHeader().keyID(attacker.getKeyID())
                            .jwkURL(java.net.URI.create("http://127.0.0.1:1/jwks")).build(), attacker);
                }),
                Arguments.of("unknown critical header", (Function<BearerTokenGateIT, String>) t ->
                        t.forge.signedByServer(t.client.id(), c -> { }, t.forge.validHeader()
                                .criticalParams(java.util.Set.of("exp-policy")).customParam("exp-policy", "x")
                                .build())),
                Arguments.of("HMAC signed with the public key", (Function<BearerTokenGateIT, String>) t ->
                        hmacWithPublicKey(t)),
                Arguments.of("client no longer registered", (Function<BearerTokenGateIT, String>) t ->
                        t.forge.signedByServer("never-registered", c -> { })),
                Arguments.of("refresh token used as access token", (Function<BearerTokenGateIT, String>) t ->
                        Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void forgedTokenIsRejectedAsInvalid(String kind, Function<BearerTokenGateIT, String> token) {
        Response response = server.mcp(token.apply(this), null, JsonRpc.initialize());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate"))
                .startsWith("Bearer error=\"invalid_token\"")
                .contains("resource_metadata=\"" + server.baseUrl() + "/.well-known/oauth-protected-resource/mcp\"");
        assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_token");
    }

    @Test
    void controlTokenFromTheForgeIsAccepted() {
        server.mcp(forge.signedByServer(client.id(), c -> { }), null, JsonRpc.initialize()).then().statusCode(200);
    }

    @Test
    void tokenInTheQueryStringOnlyIsNotAccepted() {
        String token = server.accessToken(client, null);
        Response response = server.request().contentType("application/json").accept(ReferenceServer.ACCEPT_MCP)
                .queryParam("access_token", token).body(JsonRpc.initialize()).post("/mcp");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("resource_metadata=");
    }

    @Test
    void tokenInHeaderAndQueryIsAMalformedRequest() {
        String token = server.accessToken(client, null);
        server.request().header("Authorization", "Bearer " + token).contentType("application/json")
                .accept(ReferenceServer.ACCEPT_MCP).queryParam("access_token", token).body(JsonRpc.initialize())
                .post("/mcp").then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer a b", "Bearer tok\"en", "Bearer ===="})
    void malformedBearerCredentialsAreABadRequest(String header) {
        Response response = server.request().header("Authorization", header).contentType("application/json")
                .accept(ReferenceServer.ACCEPT_MCP).body(JsonRpc.initialize()).post("/mcp");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_request\"");
    }

    @Test
    void otherAuthenticationSchemeIsChallengedLikeNoToken() {
        server.request().header("Authorization", "Basic " + Base64.getEncoder().encodeToString("a:b".getBytes()))
                .contentType("application/json").accept(ReferenceServer.ACCEPT_MCP).body(JsonRpc.initialize())
                .post("/mcp").then().statusCode(401);
    }

    @Test
    void lowercaseSchemeIsAccepted() {
        String token = server.accessToken(client, null);
        server.request().header("Authorization", "bearer " + token).contentType("application/json")
                .accept(ReferenceServer.ACCEPT_MCP).body(JsonRpc.initialize()).post("/mcp").then().statusCode(200);
    }

    @Test
    void privilegedToolWithoutItsScopeIsForbiddenNamingTheScope() {
        String token = server.accessToken(client, "mcp:tools");
        String session = server.openSession(token);
        Response response = server.callTool(token, session, "server-stats", Map.of());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.header("WWW-Authenticate"))
                .startsWith("Bearer error=\"insufficient_scope\"")
                .contains("scope=\"mcp:tools mcp:admin\"")
                .contains("resource_metadata=");
    }

    @Test
    void tokenWithoutTheBaseScopeIsForbidden() {
        String noMcpScope = forge.signedByServer(client.id(), claims -> claims.claim("scope", "openid"));
        Response response = server.mcp(noMcpScope, null, JsonRpc.initialize());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.header("WWW-Authenticate")).contains("scope=\"mcp:tools\"");
    }

    @Test
    void sessionOfAnotherClientIsNotFound() {
        String session = server.openSession(server.accessToken(client, null));
        String otherToken = server.accessToken(server.registerConfidentialClient(), null);
        server.mcp(otherToken, session, JsonRpc.request("ping", Map.of())).then().statusCode(404);
        // the owner still has it
        assertThat(message(server.mcp(server.accessToken(client, null), session,
                JsonRpc.request("ping", Map.of()))).getMap("result")).isEmpty();
    }

    @Test
    void revokedAccessTokenIsRejected() {
        String token = server.accessToken(client, null);
        // accepted once first, so a remembered verification must not outlive the revocation
        server.mcp(token, null, JsonRpc.initialize()).then().statusCode(200);
        server.request().auth().preemptive().basic(client.id(), client.secret()).contentType("application/x-www-form-urlencoded")
                .formParam("token", token).post("/revoke").then().statusCode(200);
        server.mcp(token, null, JsonRpc.initialize()).then().statusCode(401);
    }

    private static Date ago(int seconds) {
        return Date.from(Instant.now().minusSeconds(seconds));
    }

    private static String hmacWithPublicKey(BearerTokenGateIT t) {
        try {
            byte[] publicKeyBytes = t.forge.serverKey().toPublicJWK().toJSONString().getBytes();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                    .type(new JOSEObjectType("at+jwt")).keyID(t.forge.serverKey().getKeyID()).build(),
                    t.forge.validClaims(t.client.id()).build());
            jwt.sign(new MACSigner(java.util.Arrays.copyOf(publicKeyBytes, Math.max(32, publicKeyBytes.length))));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

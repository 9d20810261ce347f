package dev.mcpauth.server.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Builds access tokens the way the reference server does, then lets a test change one thing: a claim, a header,
 * or the key. Each forged token differs from a valid one in exactly that thing.
 */
public final class TokenForge {

    private final JWK serverKey;
    private final String issuer;
    private final String resource;

    public TokenForge(JWK serverKey, String issuer, String resource) {
        this.serverKey = serverKey;
        this.issuer = issuer;
        this.resource = resource;
    }

    public JWTClaimsSet.Builder validClaims(String clientId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(clientId)
                .audience(resource)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .claim("client_id", clientId)
                .claim("scope", "mcp:tools");
    }

    public JWSHeader.Builder validHeader() {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("at+jwt"))
                .keyID(serverKey.getKeyID());
    }

    /** A token signed by the server's own key, with the claims changed by {@code claims}. */
    public String signedByServer(String clientId, Consumer<JWTClaimsSet.Builder> claims) {
        return sign(validHeader().build(), withChanges(clientId, claims), signer(serverKey));
    }

    public String signedByServer(String clientId, Consumer<JWTClaimsSet.Builder> claims, JWSHeader header) {
        return sign(header, withChanges(clientId, claims), signer(serverKey));
    }

    /** A token with valid claims signed by another key that claims the server's key id. */
    public String signedByForeignKey(String clientId, JWSHeader header, JWK foreignKey) {
        return sign(header, validClaims(clientId).build(), signer(foreignKey));
    }

    public static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A private_key_jwt client assertion (RFC 7523 §2.2) of {@code clientId} for {@code audience}. */
    public static String clientAssertion(String clientId, String audience, ECKey key) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                .jwtID(UUID.randomUUID().toString()).issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 60_000)).build();
        return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims, signer(key));
    }

    public JWK serverKey() {
        return serverKey;
    }

    public List<String> audienceWithOthers() {
        return List.of(resource, "https://other.example/mcp");
    }

    private JWTClaimsSet withChanges(String clientId, Consumer<JWTClaimsSet.Builder> claims) {
        JWTClaimsSet.Builder builder = validClaims(clientId);
        claims.accept(builder);
        return builder.build();
    }

    private static JWSSigner signer(JWK key) {
        try {
            return new ECDSASigner(key.toECKey());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

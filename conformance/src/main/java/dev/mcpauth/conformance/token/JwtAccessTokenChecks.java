package dev.mcpauth.conformance.token;

import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Checks of the JWT profile for OAuth 2.0 access tokens (RFC 9068). They apply only when the access token is a
 * JWT; the steps skip them for opaque tokens, which RFC 9068 does not govern.
 */
public final class JwtAccessTokenChecks {

    private JwtAccessTokenChecks() {
    }

    /** The token as a signed JWT, or null when it is not one (an opaque token). */
    public static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException | RuntimeException notJwt) {
            return null;
        }
    }

    public static void typeIsAtJwt(SignedJWT jwt) {
        String type = jwt.getHeader().getType() == null ? null : jwt.getHeader().getType().getType();
        if (type == null || !(type.equalsIgnoreCase("at+jwt") || type.equalsIgnoreCase("application/at+jwt"))) {
            throw new AssertionError("The access token's typ header is " + type + " instead of at+jwt (RFC 9068 "
                    + "section 2.1); without it a resource server cannot tell an access token from an ID token or "
                    + "another JWT signed by the same key.");
        }
    }

    public static void signedNotNone(SignedJWT jwt) {
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (alg == null || "none".equalsIgnoreCase(alg.getName())) {
            throw new AssertionError("The access token is not signed (alg " + alg + "); RFC 9068 section 2.1 "
                    + "forbids alg none, since anyone could then forge tokens.");
        }
    }

    /** The signing key is found by kid in the published key set and the signature verifies with it. */
    public static void verifiesWithPublishedKey(SignedJWT jwt, JWKSet keys, String jwksUri) {
        String kid = jwt.getHeader().getKeyID();
        List<JWK> candidates = keys.getKeys().stream()
                .filter(key -> kid == null || kid.equals(key.getKeyID()))
                .filter(key -> key.getKeyUse() == null || "sig".equals(key.getKeyUse().identifier()))
                .toList();
        if (candidates.isEmpty()) {
            throw new AssertionError("The access token's kid " + kid + " names no signing key in the key set at "
                    + jwksUri + "; resource servers cannot validate the token.");
        }
        for (JWK key : candidates) {
            if (verifies(jwt, key)) {
                return;
            }
        }
        throw new AssertionError("The access token's signature does not verify with the key" + (kid == null ? "s"
                : " " + kid) + " published at " + jwksUri + "; resource servers must reject such a token.");
    }

    public static void issuerIs(JWTClaimsSet claims, String issuer) {
        if (!Objects.equals(claims.getIssuer(), issuer)) {
            throw new AssertionError("The access token's iss is " + quoted(claims.getIssuer()) + " but the "
                    + "authorization server's issuer identifier is " + quoted(issuer) + "; RFC 9068 section 2.2 "
                    + "requires iss, and resource servers compare it exactly with the issuer they trust.");
        }
    }

    public static void expiresAfterIssue(JWTClaimsSet claims) {
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new AssertionError("The access token has no exp claim (RFC 9068 section 2.2); its lifetime is "
                    + "unbounded for a resource server.");
        }
        Date iat = claims.getIssueTime();
        if (iat != null && !exp.after(iat)) {
            throw new AssertionError("The access token's exp (" + exp + ") is not after its iat (" + iat + ").");
        }
    }

    public static void hasAudience(JWTClaimsSet claims) {
        if (claims.getAudience() == null || claims.getAudience().isEmpty()) {
            throw new AssertionError("The access token has no aud claim (RFC 9068 section 2.2); a resource server "
                    + "cannot tell whether the token was meant for it.");
        }
    }

    public static void hasSubject(JWTClaimsSet claims) {
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new AssertionError("The access token has no sub claim (RFC 9068 section 2.2).");
        }
    }

    public static void clientIdIs(JWTClaimsSet claims, String clientId) {
        Object value = claims.getClaim("client_id");
        if (!(value instanceof String id) || id.isBlank()) {
            throw new AssertionError("The access token has no client_id claim (RFC 9068 section 2.2).");
        }
        if (clientId != null && !clientId.equals(id)) {
            throw new AssertionError("The access token's client_id is \"" + id + "\" but the token was obtained by "
                    + "the client \"" + clientId + "\".");
        }
    }

    public static void issuedAtNow(JWTClaimsSet claims) {
        Date iat = claims.getIssueTime();
        if (iat == null) {
            throw new AssertionError("The access token has no iat claim (RFC 9068 section 2.2).");
        }
        if (iat.getTime() > System.currentTimeMillis() + 5 * 60_000L) {
            throw new AssertionError("The access token's iat (" + iat + ") lies in the future.");
        }
    }

    public static void distinctIdentifiers(JWTClaimsSet first, JWTClaimsSet second) {
        if (first.getJWTID() == null || first.getJWTID().isBlank() || second.getJWTID() == null
                || second.getJWTID().isBlank()) {
            throw new AssertionError("An access token has no jti claim (RFC 9068 section 2.2).");
        }
        if (first.getJWTID().equals(second.getJWTID())) {
            throw new AssertionError("Two access tokens carry the same jti \"" + first.getJWTID() + "\"; the "
                    + "identifier must be unique per token so replays can be detected.");
        }
    }

    public static void audienceIsExactly(JWTClaimsSet claims, String resource) {
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.equals(List.of(resource))) {
            throw new AssertionError("The access token's aud is " + audience + " for a token requested with "
                    + "resource " + resource + "; it should name exactly that resource (RFC 8707 section 2, "
                    + "RFC 9068 section 3), so it cannot be replayed at another server.");
        }
    }

    public static void audiencesDiffer(JWTClaimsSet first, JWTClaimsSet second) {
        List<String> a = first.getAudience();
        List<String> b = second.getAudience();
        if (a == null || b == null || a.stream().anyMatch(b::contains)) {
            throw new AssertionError("Tokens for two different resources carry the audiences " + a + " and " + b
                    + "; RFC 9068 section 5 requires a distinct aud per resource, or one server can replay a "
                    + "token at the other.");
        }
    }

    public static void singleAudience(JWTClaimsSet claims) {
        List<String> audience = claims.getAudience();
        if (audience != null && audience.size() > 1) {
            throw new AssertionError("A token requested for two resources names both in aud " + audience + "; its "
                    + "scopes become ambiguous across them (RFC 9068 section 3). Refuse the request or issue one "
                    + "token per resource.");
        }
    }

    public static void hasScope(JWTClaimsSet claims, String requested) {
        Object scope = claims.getClaim("scope");
        if (!(scope instanceof String text) || text.isBlank()) {
            throw new AssertionError("A token requested with scope \"" + requested + "\" carries no scope claim "
                    + "(RFC 9068 section 2.2.3).");
        }
    }

    private static boolean verifies(SignedJWT jwt, JWK key) {
        try {
            if (!(key instanceof AsymmetricJWK)) {
                return false;
            }
            JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(jwt.getHeader(),
                    ((AsymmetricJWK) key).toPublicKey());
            return jwt.verify(verifier);
        } catch (JOSEException | RuntimeException e) {
            return false;
        }
    }

    private static String quoted(String value) {
        return value == null ? "missing" : "\"" + value + "\"";
    }
}

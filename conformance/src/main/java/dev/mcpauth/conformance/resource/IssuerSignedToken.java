package dev.mcpauth.conformance.resource;

import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens signed with the authorization server's own key that differ from a valid one in a single claim (RFC 9068
 * section 4): only a signature the server trusts shows that it checks the claim itself, not just the signature.
 */
public enum IssuerSignedToken {

    OTHER_TYPE("a token the authorization server signed with another type") {
        @Override
        SignedJWT change(JWSHeader.Builder header, JWTClaimsSet claims) {
            return new SignedJWT(header.type(JOSEObjectType.JWT).build(), claims);
        }
    },
    OTHER_ISSUER("a token the authorization server signed for another issuer") {
        @Override
        SignedJWT change(JWSHeader.Builder header, JWTClaimsSet claims) {
            String issuer = claims.getIssuer() == null ? "" : claims.getIssuer();
            return new SignedJWT(header.build(), new JWTClaimsSet.Builder(claims)
                    .issuer(issuer + (issuer.endsWith("/") ? "" : "/") + "other-tenant").build());
        }
    },
    EXPIRED("an expired token the authorization server signed") {
        @Override
        SignedJWT change(JWSHeader.Builder header, JWTClaimsSet claims) {
            // an hour past its expiry: beyond any clock skew a server may allow
            Instant issued = Instant.now().minusSeconds(7200);
            JWTClaimsSet.Builder expired = new JWTClaimsSet.Builder(claims).issueTime(Date.from(issued))
                    .expirationTime(Date.from(issued.plusSeconds(3600)));
            if (claims.getNotBeforeTime() != null) {
                expired.notBeforeTime(Date.from(issued));
            }
            return new SignedJWT(header.build(), expired.build());
        }
    };

    /** The Cucumber expression alternatives. */
    public static final String PHRASES = "a token the authorization server signed with another type|a token the "
            + "authorization server signed for another issuer|an expired token the authorization server signed";

    private final String phrase;

    IssuerSignedToken(String phrase) {
        this.phrase = phrase;
    }

    abstract SignedJWT change(JWSHeader.Builder header, JWTClaimsSet claims);

    /** The valid token with this one change, signed with {@code key}. */
    public String signedFrom(SignedJWT valid, JWK key) throws JOSEException, java.text.ParseException {
        return sign(change(header(valid, key), valid.getJWTClaimsSet()), key);
    }

    /** The valid token unchanged but signed again with {@code key}: the server accepts it if the key is its own. */
    public static String copyOf(SignedJWT valid, JWK key) throws JOSEException, java.text.ParseException {
        return sign(new SignedJWT(header(valid, key).build(), valid.getJWTClaimsSet()), key);
    }

    public String phrase() {
        return phrase;
    }

    public static IssuerSignedToken fromPhrase(String phrase) {
        for (IssuerSignedToken token : values()) {
            if (token.phrase.equals(phrase)) {
                return token;
            }
        }
        throw new IllegalArgumentException("unknown issuer-signed token: " + phrase);
    }

    private static JWSHeader.Builder header(SignedJWT valid, JWK key) {
        JWSAlgorithm algorithm = key.getAlgorithm() instanceof JWSAlgorithm named ? named
                : valid.getHeader().getAlgorithm();
        return new JWSHeader.Builder(algorithm).type(valid.getHeader().getType())
                .keyID(key.getKeyID() != null ? key.getKeyID() : valid.getHeader().getKeyID());
    }

    private static String sign(SignedJWT token, JWK key) throws JOSEException {
        JWSSigner signer = new DefaultJWSSignerFactory().createJWSSigner(key, token.getHeader().getAlgorithm());
        token.sign(signer);
        return token.serialize();
    }

    /** Whether the harness can sign with this key (EC and RSA private keys). */
    public static boolean canSignWith(JWK key) {
        return key.isPrivate() && (key instanceof ECKey || key instanceof RSAKey);
    }
}

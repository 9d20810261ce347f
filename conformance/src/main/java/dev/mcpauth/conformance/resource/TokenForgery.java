package dev.mcpauth.conformance.resource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Ways to turn a valid access token into one the server must refuse. Each changes one thing; the ones that need
 * the token's structure work on JWTs only (a server with opaque tokens makes those checks SKIPPED).
 */
public enum TokenForgery {

    MALFORMED("a malformed token", false) {
        @Override
        String forge(String valid) {
            return "not-a-valid-access-token";
        }
    },
    TAMPERED_SIGNATURE("a token with a tampered signature", false) {
        @Override
        String forge(String valid) {
            int lastDot = valid.lastIndexOf('.');
            int at = lastDot < 0 ? valid.length() / 2 : lastDot + 1 + (valid.length() - lastDot - 1) / 2;
            char replacement = valid.charAt(at) == 'A' ? 'B' : 'A';
            return valid.substring(0, at) + replacement + valid.substring(at + 1);
        }
    },
    STRIPPED_SIGNATURE("a token without its signature", true) {
        @Override
        String forge(String valid) {
            return valid.substring(0, valid.lastIndexOf('.') + 1);
        }
    },
    UNSIGNED("an unsigned token", true) {
        @Override
        String forge(String valid) {
            String[] parts = valid.split("\\.");
            Map<String, Object> header = json(parts[0]);
            header.put("alg", "none");
            return encode(JSONObjectUtils.toJSONString(header)) + "." + parts[1] + ".";
        }
    },
    FOREIGN_KEY("a token signed by an unknown key", true) {
        @Override
        String forge(String valid) {
            try {
                SignedJWT original = SignedJWT.parse(valid);
                ECKey attacker = new ECKeyGenerator(Curve.P_256).generate();
                JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(original.getHeader().getType())
                        .keyID(original.getHeader().getKeyID()).build();
                SignedJWT forged = new SignedJWT(header, original.getJWTClaimsSet());
                forged.sign(new ECDSASigner(attacker));
                return forged.serialize();
            } catch (java.text.ParseException | JOSEException e) {
                throw new IllegalStateException("cannot re-sign the token", e);
            }
        }
    },
    ALTERED_CLAIMS("a token whose claims were altered", true) {
        @Override
        String forge(String valid) {
            String[] parts = valid.split("\\.");
            Map<String, Object> claims = json(parts[1]);
            claims.put("scope", String.valueOf(claims.getOrDefault("scope", "")) + " admin");
            claims.put("sub", "someone-else");
            return parts[0] + "." + encode(JSONObjectUtils.toJSONString(claims)) + "." + parts[2];
        }
    };

    /** The Cucumber expression alternatives. */
    public static final String PHRASES = "a malformed token|a token with a tampered signature|a token without its "
            + "signature|an unsigned token|a token signed by an unknown key|a token whose claims were altered";

    private final String phrase;
    private final boolean needsJwt;

    TokenForgery(String phrase, boolean needsJwt) {
        this.phrase = phrase;
        this.needsJwt = needsJwt;
    }

    abstract String forge(String valid);

    /** The forged token, or null when this forgery needs a JWT and the server's tokens are not JWTs. */
    public String applyTo(String valid) {
        if (needsJwt && !isJwt(valid)) {
            return null;
        }
        return forge(valid);
    }

    public String phrase() {
        return phrase;
    }

    public static TokenForgery fromPhrase(String phrase) {
        for (TokenForgery forgery : values()) {
            if (forgery.phrase.equals(phrase)) {
                return forgery;
            }
        }
        throw new IllegalArgumentException("unknown token forgery: " + phrase);
    }

    static boolean isJwt(String token) {
        try {
            JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
            return claims != null;
        } catch (java.text.ParseException notJwt) {
            return false;
        }
    }

    private static Map<String, Object> json(String base64url) {
        try {
            return JSONObjectUtils.parse(new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("not a JSON part", e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

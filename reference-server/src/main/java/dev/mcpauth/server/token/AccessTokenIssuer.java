package dev.mcpauth.server.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import dev.mcpauth.server.config.ReferenceServerProperties;
import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.store.SigningKeyStore;
import org.springframework.stereotype.Component;

/** Issues access tokens as JWTs in the RFC 9068 profile, bound to one resource through {@code aud}. */
@Component
public class AccessTokenIssuer {

    public static final JOSEObjectType TOKEN_TYPE = new JOSEObjectType("at+jwt");

    private final SigningKeyStore keys;
    private final ServerUrls urls;
    private final Duration lifetime;

    public AccessTokenIssuer(SigningKeyStore keys, ServerUrls urls, ReferenceServerProperties properties) {
        this.keys = keys;
        this.urls = urls;
        this.lifetime = properties.accessTokenTtl();
    }

    public BearerAccessToken issue(String clientId, String subject, Scope scope, String audience) {
        Instant now = Instant.now();
        JWK key = keys.signingKey();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(urls.issuer())
                .subject(subject)
                .audience(audience)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("client_id", clientId)
                .claim("scope", scope.toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(TOKEN_TYPE).keyID(key.getKeyID()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new ECDSASigner(key.toECKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new BearerAccessToken(jwt.serialize(), lifetime.toSeconds(), scope);
    }
}

package dev.mcpauth.conformance.selftest.defects;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
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
import dev.mcpauth.server.token.AccessTokenIssuer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: access tokens carry an iat a day ahead (a clock or unit bug), so their exp lies before their iat. The
 * resource server, which checks only exp, still accepts them.
 */
@Configuration
public class AccessTokensIssuedInTheFuture {

    @Bean
    AccessTokenIssuer accessTokenIssuer(SigningKeyStore keys, ServerUrls urls, ReferenceServerProperties properties) {
        Duration lifetime = properties.accessTokenTtl();
        return new AccessTokenIssuer(keys, urls, properties) {
            @Override
            public BearerAccessToken issue(String clientId, String subject, Scope scope, String audience) {
                Instant now = Instant.now();
                JWK key = keys.signingKey();
                JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(urls.issuer()).subject(subject)
                        .audience(audience).issueTime(Date.from(now.plus(Duration.ofDays(1))))
                        .expirationTime(Date.from(now.plus(lifetime))).jwtID(UUID.randomUUID().toString())
                        .claim("client_id", clientId).claim("scope", scope.toString()).build();
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(TOKEN_TYPE)
                        .keyID(key.getKeyID()).build(), claims);
                try {
                    jwt.sign(new ECDSASigner(key.toECKey()));
                } catch (JOSEException e) {
                    throw new IllegalStateException(e);
                }
                return new BearerAccessToken(jwt.serialize(), lifetime.toSeconds(), scope);
            }
        };
    }
}

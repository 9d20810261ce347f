package dev.mcpauth.server.resource;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.registration.metadatadocument.ClientIdMetadataDocuments;
import dev.mcpauth.server.store.ClientStore;
import dev.mcpauth.server.store.RevokedAccessTokens;
import dev.mcpauth.server.store.SigningKeyStore;
import org.springframework.stereotype.Component;

/**
 * Accepts only access tokens this server's authorization server issued for this MCP server (MCP authorization
 * "Token Handling"; RFC 9068 §4; RFC 8707): ES256 signature by the current key, {@code typ} {@code at+jwt}, exact
 * issuer, audience exactly this resource, within its validity period, from a client that is still registered, and
 * not revoked.
 */
@Component
public class AccessTokenVerifier {

    private static final int MAX_CLOCK_SKEW_SECONDS = 30;
    /** Enough for every token of a busy server's active clients; a miss only costs one more verification. */
    private static final long VERIFIED_TOKENS_REMEMBERED = 10_000;

    private final SigningKeyStore keys;
    private final ServerUrls urls;
    private final ClientStore clients;
    private final RevokedAccessTokens revoked;
    private final VerifiedTokenCache verifiedTokens = new VerifiedTokenCache(VERIFIED_TOKENS_REMEMBERED,
            Duration.ofSeconds(MAX_CLOCK_SKEW_SECONDS), Clock.systemUTC());
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    public AccessTokenVerifier(SigningKeyStore keys, ServerUrls urls, ClientStore clients,
                               RevokedAccessTokens revoked) {
        this.keys = keys;
        this.urls = urls;
        this.clients = clients;
        this.revoked = revoked;
    }

    /** A verified token: who it names and its claims (for introspection and revocation). */
    public record VerifiedToken(AuthenticatedCaller caller, JWTClaimsSet claims) {
    }

    public AuthenticatedCaller verify(String token) throws InvalidTokenException {
        return verifyDetailed(token).caller();
    }

    public VerifiedToken verifyDetailed(String token) throws InvalidTokenException {
        JWTClaimsSet claims = verifiedTokens.find(token).orElse(null);
        if (claims == null) {
            claims = verifySignatureAndClaims(token);
            verifiedTokens.remember(token, claims);
        }
        String clientId = stringClaim(claims, "client_id");
        if (!ClientIdMetadataDocuments.isUrl(clientId) && clients.find(clientId).isEmpty()) {
            throw new InvalidTokenException("the client of this access token is not registered");
        }
        if (revoked.isRevoked(claims.getJWTID())) {
            throw new InvalidTokenException("the access token was revoked");
        }
        String scope = claims.getClaim("scope") instanceof String value ? value : "";
        Set<String> scopes = new HashSet<>(List.of(scope.trim().isEmpty() ? new String[0] : scope.trim().split(" +")));
        return new VerifiedToken(new AuthenticatedCaller(clientId, claims.getSubject(), scopes, claims.getAudience()),
                claims);
    }

    private JWTClaimsSet verifySignatureAndClaims(String token) throws InvalidTokenException {
        JWTClaimsSet claims;
        try {
            claims = processor().process(token, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("the access token is not a JWT");
        } catch (BadJOSEException | JOSEException e) {
            throw new InvalidTokenException("the access token is not valid: " + e.getMessage());
        }
        if (claims.getAudience().size() != 1) {
            throw new InvalidTokenException("the access token must name this server as its only audience");
        }
        stringClaim(claims, "client_id");
        return claims;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) throws InvalidTokenException {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw new InvalidTokenException("claim " + name + " is not a string");
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> current = processor;
        if (current == null) {
            current = new DefaultJWTProcessor<>();
            current.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                    dev.mcpauth.server.token.AccessTokenIssuer.TOKEN_TYPE));
            current.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                    new ImmutableJWKSet<>(new JWKSet(keys.publicKey()))));
            DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier = new DefaultJWTClaimsVerifier<>(
                    urls.resource(),
                    new JWTClaimsSet.Builder().issuer(urls.issuer()).build(),
                    Set.of(JWTClaimNames.SUBJECT, JWTClaimNames.EXPIRATION_TIME, JWTClaimNames.ISSUED_AT,
                            JWTClaimNames.JWT_ID, "client_id"));
            claimsVerifier.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
            current.setJWTClaimsSetVerifier(claimsVerifier);
            processor = current;
        }
        return current;
    }
}

package dev.mcpauth.conformance.selftest.defects;


import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.resource.AccessTokenVerifier;
import dev.mcpauth.server.resource.InvalidTokenException;
import dev.mcpauth.server.store.ClientStore;
import dev.mcpauth.server.store.RevokedAccessTokens;
import dev.mcpauth.server.store.SigningKeyStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the MCP server accepts any token its authorization server signed, whatever its audience. */
@Configuration
public class ForeignAudienceAccepted {

    @Bean
    AccessTokenVerifier accessTokenVerifier(SigningKeyStore keys, ServerUrls urls, ClientStore clients,
                                            RevokedAccessTokens revoked) {
        return new AccessTokenVerifier(keys, urls, clients, revoked) {
            @Override
            public VerifiedToken verifyDetailed(String token) throws InvalidTokenException {
                try {
                    SignedJWT jwt = SignedJWT.parse(token);
                    if (!jwt.verify(new ECDSAVerifier(keys.publicKey().toECKey()))
                            || jwt.getJWTClaimsSet().getExpirationTime().before(new java.util.Date())) {
                        throw new InvalidTokenException("bad signature or expired");
                    }
                    return TrustedClaims.verifiedToken(jwt.getJWTClaimsSet());
                } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
                    throw new InvalidTokenException("not a valid JWT");
                }
            }
        };
    }
}

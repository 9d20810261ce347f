package dev.mcpauth.conformance.selftest.defects;


import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.resource.AccessTokenVerifier;
import dev.mcpauth.server.resource.InvalidTokenException;
import dev.mcpauth.server.store.ClientStore;
import dev.mcpauth.server.store.RevokedAccessTokens;
import dev.mcpauth.server.store.SigningKeyStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the MCP server trusts the claims of a JWT whose header says alg "none", as naive JWT libraries did. */
@Configuration
public class UnsignedTokenAccepted {

    @Bean
    AccessTokenVerifier accessTokenVerifier(SigningKeyStore keys, ServerUrls urls, ClientStore clients,
                                            RevokedAccessTokens revoked) {
        return new AccessTokenVerifier(keys, urls, clients, revoked) {
            @Override
            public VerifiedToken verifyDetailed(String token) throws InvalidTokenException {
                JWTClaimsSet claims;
                try {
                    claims = PlainJWT.parse(token).getJWTClaimsSet();
                } catch (java.text.ParseException notUnsigned) {
                    return super.verifyDetailed(token);
                }
                try {
                    return TrustedClaims.verifiedToken(claims);
                } catch (java.text.ParseException e) {
                    throw new InvalidTokenException("bad claims");
                }
            }
        };
    }
}

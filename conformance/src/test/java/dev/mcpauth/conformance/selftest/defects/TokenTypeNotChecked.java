package dev.mcpauth.conformance.selftest.defects;

import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.resource.AccessTokenVerifier;
import dev.mcpauth.server.store.ClientStore;
import dev.mcpauth.server.store.RevokedAccessTokens;
import dev.mcpauth.server.store.SigningKeyStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the MCP server accepts a JWT access token its authorization server signed whatever its typ (RFC 9068 wants at+jwt). */
@Configuration
public class TokenTypeNotChecked {

    @Bean
    AccessTokenVerifier accessTokenVerifier(SigningKeyStore keys, ServerUrls urls, ClientStore clients,
                                            RevokedAccessTokens revoked) {
        return SignatureCheckedClaimsTrusted.forgetting(SignatureCheckedClaimsTrusted.Check.TYPE, keys, urls,
                clients, revoked);
    }
}

package dev.mcpauth.server.token;

import java.util.Optional;

import dev.mcpauth.server.resource.AccessTokenVerifier;
import dev.mcpauth.server.resource.InvalidTokenException;
import dev.mcpauth.server.store.RefreshTokenStore;
import org.springframework.stereotype.Component;

/** Tells what a presented token is, for introspection and revocation: a live access token or refresh token. */
@Component
public class TokenLookup {

    private final AccessTokenVerifier accessTokens;
    private final RefreshTokens refreshTokens;

    public TokenLookup(AccessTokenVerifier accessTokens, RefreshTokens refreshTokens) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
    }

    public Optional<AccessTokenVerifier.VerifiedToken> activeAccessToken(String token) {
        try {
            return Optional.of(accessTokens.verifyDetailed(token));
        } catch (InvalidTokenException e) {
            return Optional.empty();
        }
    }

    public Optional<RefreshTokenStore.Entry> activeRefreshToken(String token) {
        return refreshTokens.find(token).filter(entry -> !entry.used());
    }
}

package dev.mcpauth.server.token;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;

/** What a grant produced: an access token and, for user grants, a refresh token. */
public record IssuedTokens(BearerAccessToken accessToken, RefreshToken refreshToken) {

    public AccessTokenResponse toResponse() {
        return new AccessTokenResponse(new Tokens(accessToken, refreshToken));
    }
}

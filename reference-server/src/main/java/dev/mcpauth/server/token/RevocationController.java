package dev.mcpauth.server.token;

import java.time.Instant;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import dev.mcpauth.server.http.NimbusRequests;
import dev.mcpauth.server.http.OAuthErrorException;
import dev.mcpauth.server.store.RevokedAccessTokens;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Token revocation (RFC 7009): a client revokes its own refresh token (and with it the whole family) or access
 * token. The answer is 200 whether or not the token was known (RFC 7009 §2.2).
 */
@RestController
public class RevocationController {

    private final ClientAuthenticator authenticator;
    private final TokenLookup tokens;
    private final RefreshTokens refreshTokens;
    private final RevokedAccessTokens revokedAccessTokens;

    public RevocationController(ClientAuthenticator authenticator, TokenLookup tokens, RefreshTokens refreshTokens,
                                RevokedAccessTokens revokedAccessTokens) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.revokedAccessTokens = revokedAccessTokens;
    }

    @PostMapping("/revoke")
    public ResponseEntity<Void> revoke(HttpServletRequest servletRequest) {
        TokenRevocationRequest request;
        try {
            request = TokenRevocationRequest.parse(NimbusRequests.from(servletRequest));
        } catch (ParseException e) {
            throw new OAuthErrorException(OAuth2Error.INVALID_REQUEST
                    .setDescription(ErrorObject.removeIllegalChars(String.valueOf(e.getMessage()))));
        } catch (IllegalArgumentException e) {
            throw new OAuthErrorException(OAuth2Error.INVALID_REQUEST.setDescription("the revocation request could not be parsed"));
        }
        String clientId = authenticator.authenticate(request.getClientAuthentication(), request.getClientID())
                .clientId();
        String value = request.getToken().getValue();
        tokens.activeRefreshToken(value)
                .filter(entry -> entry.clientId().equals(clientId))
                .ifPresent(entry -> refreshTokens.revokeFamily(entry.family()));
        tokens.activeAccessToken(value)
                .filter(verified -> verified.caller().clientId().equals(clientId))
                .ifPresent(verified -> revokedAccessTokens.revoke(verified.claims().getJWTID(),
                        Instant.ofEpochMilli(verified.claims().getExpirationTime().getTime())));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).build();
    }
}

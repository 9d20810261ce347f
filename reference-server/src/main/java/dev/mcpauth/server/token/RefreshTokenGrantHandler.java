package dev.mcpauth.server.token;

import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import dev.mcpauth.server.registration.RegisteredClient;
import dev.mcpauth.server.store.RefreshTokenStore;
import org.springframework.stereotype.Component;

/**
 * The refresh token grant with rotation (OAuth 2.1 §4.3): each refresh token works once and yields a successor;
 * presenting one that was already used revokes its whole family, since either the client or an attacker holds a
 * stolen copy.
 */
@Component
public class RefreshTokenGrantHandler {

    private final RefreshTokens refreshTokens;
    private final AccessTokenIssuer issuer;
    private final ResourceIndicators resources;

    public RefreshTokenGrantHandler(RefreshTokens refreshTokens, AccessTokenIssuer issuer,
                                    ResourceIndicators resources) {
        this.refreshTokens = refreshTokens;
        this.issuer = issuer;
        this.resources = resources;
    }

    public IssuedTokens handle(RegisteredClient client, TokenRequest request) {
        String presented = ((RefreshTokenGrant) request.getAuthorizationGrant()).getRefreshToken().getValue();
        RefreshTokenStore.Entry current = refreshTokens.find(presented)
                .orElseThrow(() -> TokenRequestRejection.invalidGrant("unknown, expired or revoked refresh token"));
        if (!current.clientId().equals(client.clientId())) {
            throw TokenRequestRejection.invalidGrant("refresh token was issued to another client");
        }
        if (current.used()) {
            refreshTokens.revokeFamily(current.family());
            throw TokenRequestRejection.invalidGrant("refresh token already used; every token of this grant is revoked");
        }
        if (request.getResources() != null && !request.getResources().isEmpty()
                && !resources.audienceFor(request.getResources()).equals(current.resource())) {
            throw TokenRequestRejection.invalidTarget("resource differs from the original grant");
        }
        Scope scope = ScopePolicy.narrow(Scope.parse(current.scope()), request.getScope());
        RefreshTokens.Issued successor = refreshTokens.rotate(current, scope.toString());
        if (successor == null) {
            refreshTokens.revokeFamily(current.family());
            throw TokenRequestRejection.invalidGrant("refresh token already used; every token of this grant is revoked");
        }
        return new IssuedTokens(issuer.issue(client.clientId(), current.subject(), scope, current.resource()),
                successor.token());
    }
}

package dev.mcpauth.server.token;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import dev.mcpauth.server.registration.RegisteredClient;
import org.springframework.stereotype.Component;

/** The client credentials grant (RFC 6749 §4.4): the client acts for itself, so no refresh token. */
@Component
public class ClientCredentialsGrantHandler {

    private final AccessTokenIssuer issuer;
    private final ResourceIndicators resources;

    public ClientCredentialsGrantHandler(AccessTokenIssuer issuer, ResourceIndicators resources) {
        this.issuer = issuer;
        this.resources = resources;
    }

    public IssuedTokens handle(RegisteredClient client, TokenRequest request) {
        String audience = resources.audienceFor(request.getResources());
        Scope scope = ScopePolicy.grant(client, request.getScope());
        return new IssuedTokens(issuer.issue(client.clientId(), client.clientId(), scope, audience), null);
    }
}

package dev.mcpauth.client.token;

import java.net.URI;
import java.time.Instant;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.registration.ClientIdentity;

/**
 * Sends token requests (RFC 6749 §3.2) with the client's authentication and the {@code resource} parameter
 * (RFC 8707 §2.2: the MCP server's identifier, as its protected resource metadata names it) on every request.
 */
public final class TokenEndpoint {

    private final OAuthHttp http;
    private final URI endpoint;
    private final URI resource;
    private final Issuer issuer;

    public TokenEndpoint(OAuthHttp http, AuthorizationServerMetadata metadata, URI resource) {
        this.http = http;
        this.endpoint = metadata.getTokenEndpointURI();
        this.issuer = metadata.getIssuer();
        this.resource = resource;
    }

    public TokenSet request(AuthorizationGrant grant, ClientIdentity identity, Scope scope) {
        ClientAuthentication authentication = ClientAuthentications.of(identity, issuer);
        TokenRequest.Builder builder = authentication == null
                ? new TokenRequest.Builder(endpoint, identity.clientId(), grant)
                : new TokenRequest.Builder(endpoint, authentication, grant);
        builder.resources(resource);
        if (scope != null && !scope.isEmpty()) {
            builder.scope(scope);
        }
        http.narrator().step("token request: grant " + grant.getType() + ", client authentication "
                + identity.method() + ", resource " + resource + " (RFC 8707)"
                + (scope == null ? "" : ", scope " + scope));
        HTTPResponse response = http.send(builder.build().toHTTPRequest(), "token endpoint");
        TokenResponse parsed;
        try {
            parsed = TokenResponse.parse(response);
        } catch (ParseException e) {
            throw new AuthorizationFailure("the token endpoint answered " + response.getStatusCode()
                    + " with a body that is not a token response (RFC 6749 §5.1, §5.2): " + e.getMessage(), e);
        }
        if (parsed instanceof TokenErrorResponse error) {
            throw new TokenErrorException(grant.getType().getValue(), error.getErrorObject());
        }
        Tokens tokens = ((AccessTokenResponse) parsed).getTokens();
        AccessToken accessToken = tokens.getAccessToken();
        Instant expiresAt = accessToken.getLifetime() > 0
                ? Instant.now().plusSeconds(accessToken.getLifetime()) : null;
        Scope granted = accessToken.getScope() != null ? accessToken.getScope() : scope;
        http.narrator().step("  got an access token" + (granted == null ? "" : " with scope " + granted)
                + (expiresAt == null ? "" : ", expires in " + accessToken.getLifetime() + " s")
                + (tokens.getRefreshToken() == null ? "" : ", and a refresh token"));
        return new TokenSet(accessToken, tokens.getRefreshToken(), expiresAt, granted);
    }
}

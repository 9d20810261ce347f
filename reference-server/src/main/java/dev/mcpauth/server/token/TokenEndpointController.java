package dev.mcpauth.server.token;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import dev.mcpauth.server.http.NimbusRequests;
import dev.mcpauth.server.http.OAuthErrorException;
import dev.mcpauth.server.http.OAuthResponses;
import dev.mcpauth.server.registration.RegisteredClient;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The token endpoint (RFC 6749 §3.2): authenticates the client, then hands the request to its grant. */
@RestController
public class TokenEndpointController {

    private final ClientAuthenticator authenticator;
    private final ClientCredentialsGrantHandler clientCredentials;
    private final AuthorizationCodeGrantHandler authorizationCode;
    private final RefreshTokenGrantHandler refreshToken;

    public TokenEndpointController(ClientAuthenticator authenticator,
                                   ClientCredentialsGrantHandler clientCredentials,
                                   AuthorizationCodeGrantHandler authorizationCode,
                                   RefreshTokenGrantHandler refreshToken) {
        this.authenticator = authenticator;
        this.clientCredentials = clientCredentials;
        this.authorizationCode = authorizationCode;
        this.refreshToken = refreshToken;
    }

    @PostMapping("/token")
    public ResponseEntity<String> token(HttpServletRequest servletRequest) {
        TokenRequest request = parse(servletRequest);
        RegisteredClient client = authenticator.authenticate(request.getClientAuthentication(),
                request.getClientID());
        GrantType grantType = request.getAuthorizationGrant().getType();
        if (!client.clientMetadata().getGrantTypes().contains(grantType)) {
            throw TokenRequestRejection.unauthorizedClient("this client did not register the " + grantType
                    + " grant");
        }
        IssuedTokens tokens;
        if (grantType.equals(GrantType.CLIENT_CREDENTIALS)) {
            tokens = clientCredentials.handle(client, request);
        } else if (grantType.equals(GrantType.AUTHORIZATION_CODE)) {
            tokens = authorizationCode.handle(client, request);
        } else if (grantType.equals(GrantType.REFRESH_TOKEN)) {
            tokens = refreshToken.handle(client, request);
        } else {
            throw new OAuthErrorException(OAuth2Error.UNSUPPORTED_GRANT_TYPE
                    .setDescription(ErrorObject.removeIllegalChars("grant type " + grantType + " is not supported")));
        }
        return OAuthResponses.json(HttpStatus.OK, tokens.toResponse().toJSONObject());
    }

    private static TokenRequest parse(HttpServletRequest servletRequest) {
        try {
            return TokenRequest.parse(NimbusRequests.from(servletRequest));
        } catch (ParseException e) {
            ErrorObject error = e.getErrorObject() != null && e.getErrorObject().getCode() != null
                    ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST;
            int status = error.getCode().equals(OAuth2Error.INVALID_CLIENT.getCode()) ? 401 : 400;
            throw new OAuthErrorException(error.setDescription(ErrorObject.removeIllegalChars(e.getMessage())).setHTTPStatusCode(status));
        } catch (IllegalArgumentException e) {
            throw new OAuthErrorException(OAuth2Error.INVALID_REQUEST.setDescription("the token request could not "
                    + "be parsed"));
        }
    }
}

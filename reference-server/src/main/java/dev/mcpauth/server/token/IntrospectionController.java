package dev.mcpauth.server.token;

import java.util.Optional;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.oauth2.sdk.token.AccessTokenType;
import com.nimbusds.oauth2.sdk.token.Token;
import dev.mcpauth.server.http.NimbusRequests;
import dev.mcpauth.server.http.OAuthErrorException;
import dev.mcpauth.server.http.OAuthResponses;
import dev.mcpauth.server.resource.AccessTokenVerifier;
import dev.mcpauth.server.store.RefreshTokenStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Token introspection (RFC 7662) for authenticated confidential clients. A client learns only about its own
 * tokens; anything else, like an unknown or expired token, is simply {@code "active": false}.
 */
@RestController
public class IntrospectionController {

    private final ClientAuthenticator authenticator;
    private final TokenLookup tokens;

    public IntrospectionController(ClientAuthenticator authenticator, TokenLookup tokens) {
        this.authenticator = authenticator;
        this.tokens = tokens;
    }

    @PostMapping("/introspect")
    public ResponseEntity<String> introspect(HttpServletRequest servletRequest) {
        TokenIntrospectionRequest request;
        try {
            request = TokenIntrospectionRequest.parse(NimbusRequests.from(servletRequest));
        } catch (ParseException e) {
            throw new OAuthErrorException(OAuth2Error.INVALID_REQUEST
                    .setDescription(ErrorObject.removeIllegalChars(String.valueOf(e.getMessage()))));
        } catch (IllegalArgumentException e) {
            throw new OAuthErrorException(OAuth2Error.INVALID_REQUEST.setDescription("the introspection request could not be parsed"));
        }
        if (request.getClientAuthentication() == null) {
            throw new OAuthErrorException(OAuth2Error.INVALID_CLIENT.setHTTPStatusCode(401)
                    .setDescription("introspection needs client authentication"));
        }
        String clientId = authenticator.authenticate(request.getClientAuthentication(), null).clientId();
        Token token = request.getToken();
        String value = token == null ? "" : token.getValue();

        Optional<AccessTokenVerifier.VerifiedToken> access = tokens.activeAccessToken(value)
                .filter(verified -> verified.caller().clientId().equals(clientId));
        TokenIntrospectionSuccessResponse response;
        if (access.isPresent()) {
            var claims = access.get().claims();
            response = new TokenIntrospectionSuccessResponse.Builder(true)
                    .scope(Scope.parse(String.join(" ", access.get().caller().scopes())))
                    .clientID(new ClientID(clientId))
                    .tokenType(AccessTokenType.BEARER)
                    .subject(new Subject(claims.getSubject()))
                    .audience(Audience.create(claims.getAudience()))
                    .issuer(new Issuer(claims.getIssuer()))
                    .expirationTime(claims.getExpirationTime())
                    .issueTime(claims.getIssueTime())
                    .jwtID(new JWTID(claims.getJWTID()))
                    .build();
        } else {
            Optional<RefreshTokenStore.Entry> refresh = tokens.activeRefreshToken(value)
                    .filter(entry -> entry.clientId().equals(clientId));
            response = refresh.map(entry -> new TokenIntrospectionSuccessResponse.Builder(true)
                            .scope(Scope.parse(entry.scope()))
                            .clientID(new ClientID(clientId))
                            .subject(new Subject(entry.subject()))
                            .audience(Audience.create(entry.resource()))
                            .expirationTime(new java.util.Date(entry.expiresAt() * 1000))
                            .build())
                    .orElseGet(() -> new TokenIntrospectionSuccessResponse.Builder(false).build());
        }
        return OAuthResponses.json(HttpStatus.OK, response.toJSONObject());
    }
}

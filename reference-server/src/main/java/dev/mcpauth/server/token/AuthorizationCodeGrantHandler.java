package dev.mcpauth.server.token;

import java.net.URI;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import dev.mcpauth.server.registration.RegisteredClient;
import org.springframework.stereotype.Component;

/**
 * The authorization code grant with PKCE (OAuth 2.1 §4.1.3): the code is single-use, bound to its client, redirect
 * URI, code challenge (S256) and resource. A second use of a code revokes what the first produced.
 */
@Component
public class AuthorizationCodeGrantHandler {

    private final AuthorizationCodes codes;
    private final AccessTokenIssuer issuer;
    private final RefreshTokens refreshTokens;
    private final ResourceIndicators resources;

    public AuthorizationCodeGrantHandler(AuthorizationCodes codes, AccessTokenIssuer issuer,
                                         RefreshTokens refreshTokens, ResourceIndicators resources) {
        this.codes = codes;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.resources = resources;
    }

    public IssuedTokens handle(RegisteredClient client, TokenRequest request) {
        AuthorizationCodeGrant grant = (AuthorizationCodeGrant) request.getAuthorizationGrant();
        String code = grant.getAuthorizationCode().getValue();
        AuthorizationCodes.Redemption redemption = codes.redeem(code)
                .orElseThrow(() -> TokenRequestRejection.invalidGrant("unknown or expired authorization code"));
        if (redemption.alreadyRedeemed()) {
            if (redemption.refreshFamily() != null) {
                refreshTokens.revokeFamily(redemption.refreshFamily());
            }
            throw TokenRequestRejection.invalidGrant("authorization code already used; its tokens are revoked");
        }
        AuthorizationCodes.Grant approved = redemption.grant();
        if (!approved.clientId().equals(client.clientId())) {
            throw TokenRequestRejection.invalidGrant("authorization code was issued to another client");
        }
        URI redirectUri = grant.getRedirectionURI();
        if (redirectUri == null || !redirectUri.toString().equals(approved.redirectUri().toString())) {
            throw TokenRequestRejection.invalidGrant("redirect_uri differs from the authorization request");
        }
        checkCodeVerifier(grant.getCodeVerifier(), approved.codeChallenge());
        if (request.getResources() != null && !request.getResources().isEmpty()
                && !resources.audienceFor(request.getResources()).equals(approved.resource())) {
            throw TokenRequestRejection.invalidTarget("resource differs from the authorization request");
        }

        var accessToken = issuer.issue(client.clientId(), approved.subject(), approved.scope(), approved.resource());
        if (!client.clientMetadata().getGrantTypes().contains(GrantType.REFRESH_TOKEN)) {
            return new IssuedTokens(accessToken, null);
        }
        RefreshTokens.Issued refresh = refreshTokens.issue(client.clientId(), approved.subject(),
                approved.scope().toString(), approved.resource());
        codes.recordFamily(code, refresh.entry().family());
        return new IssuedTokens(accessToken, refresh.token());
    }

    private static void checkCodeVerifier(CodeVerifier verifier, CodeChallenge challenge) {
        if (verifier == null) {
            throw TokenRequestRejection.invalidGrant("code_verifier is missing (PKCE is required)");
        }
        if (!CodeChallenge.compute(CodeChallengeMethod.S256, verifier).equals(challenge)) {
            throw TokenRequestRejection.invalidGrant("code_verifier does not match the code challenge");
        }
    }
}

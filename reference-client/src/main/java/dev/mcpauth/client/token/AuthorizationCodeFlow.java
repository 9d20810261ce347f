package dev.mcpauth.client.token;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.registration.ClientIdentity;

/**
 * The authorization code grant with PKCE (OAuth 2.1 §4.1, RFC 7636) as the MCP spec wants it: S256 only, and only
 * with an authorization server that advertises it; a fresh {@code state} checked on the response; {@code iss}
 * checked when the server supports RFC 9207; {@code resource} on the authorization and the token request.
 */
public final class AuthorizationCodeFlow {

    private final Narrator narrator;
    private final AuthorizationServerMetadata metadata;
    private final URI resource;
    private final AuthorizationUrlOpener opener;
    private final Duration timeout;

    public AuthorizationCodeFlow(Narrator narrator, AuthorizationServerMetadata metadata, URI resource,
                                 AuthorizationUrlOpener opener, Duration timeout) {
        this.narrator = narrator;
        this.metadata = metadata;
        this.resource = resource;
        this.opener = opener;
        this.timeout = timeout;
    }

    /**
     * Refuses, before anything is registered or opened, an authorization server whose metadata does not list S256
     * (MCP authorization, PKCE section) or whose authorization endpoint is missing or not an http(s) URL: a
     * {@code javascript:}, {@code data:} or {@code file:} URL handed to a browser would run or read something
     * instead of asking the user (MCP security best practices, authorization URL validation).
     */
    public static void requireUsableServer(AuthorizationServerMetadata metadata) {
        List<CodeChallengeMethod> methods = metadata.getCodeChallengeMethods();
        if (methods == null || !methods.contains(CodeChallengeMethod.S256)) {
            throw new AuthorizationFailure("the authorization server " + metadata.getIssuer() + " does not "
                    + "advertise PKCE S256 (code_challenge_methods_supported is " + methods + "); the MCP "
                    + "authorization spec requires the client to refuse to proceed");
        }
        URI endpoint = metadata.getAuthorizationEndpointURI();
        if (endpoint == null) {
            throw new AuthorizationFailure("the authorization server " + metadata.getIssuer()
                    + " has no authorization_endpoint (RFC 8414 §2)");
        }
        if (!"https".equalsIgnoreCase(endpoint.getScheme()) && !"http".equalsIgnoreCase(endpoint.getScheme())) {
            throw new AuthorizationFailure("the authorization server " + metadata.getIssuer() + " names an "
                    + "authorization_endpoint with the scheme \"" + endpoint.getScheme() + "\"; only https (or http) "
                    + "URLs are opened (MCP security best practices: authorization URL validation)");
        }
    }

    public TokenSet run(ClientIdentity identity, LoopbackRedirectListener listener, Scope scope,
                        TokenEndpoint tokenEndpoint) {
        requireUsableServer(metadata);
        narrator.step("authorization code grant: PKCE S256 is advertised (RFC 7636, MCP authorization)");
        State state = new State();
        CodeVerifier verifier = new CodeVerifier();
        URI redirectUri = listener.redirectUri();
        AuthorizationRequest.Builder request = new AuthorizationRequest.Builder(ResponseType.CODE,
                identity.clientId())
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .redirectionURI(redirectUri)
                .state(state)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .resources(resource);
        if (scope != null && !scope.isEmpty()) {
            request.scope(scope);
        }
        narrator.step("authorization request to " + metadata.getAuthorizationEndpointURI() + " with state, "
                + "code_challenge (S256), resource " + resource + " (RFC 8707), redirect_uri " + redirectUri);
        opener.open(request.build().toURI(), redirectUri);
        URI answer = listener.await(timeout);
        narrator.step("authorization response received at " + redirectUri);
        AuthorizationCode code = checkResponse(answer, state);
        return tokenEndpoint.request(new AuthorizationCodeGrant(code, redirectUri, verifier), identity, scope);
    }

    private AuthorizationCode checkResponse(URI answer, State state) {
        AuthorizationResponse response;
        try {
            response = AuthorizationResponse.parse(answer);
        } catch (ParseException e) {
            throw new AuthorizationFailure("the authorization response is malformed (OAuth 2.1 §4.1.2): "
                    + e.getMessage(), e);
        }
        if (response.getState() == null || !response.getState().equals(state)) {
            throw new AuthorizationFailure("the authorization response carries state \"" + response.getState()
                    + "\", not the one this client sent: refusing it, no code is exchanged (OAuth 2.1 §4.1.2, "
                    + "RFC 6749 §10.12: a mismatched state may be a forged response)");
        }
        narrator.step("  state matches the one sent (OAuth 2.1 §4.1.2)");
        if (response.getIssuer() != null && !response.getIssuer().equals(metadata.getIssuer())) {
            throw new AuthorizationFailure("the authorization response names issuer " + response.getIssuer()
                    + ", not " + metadata.getIssuer() + " (RFC 9207 §2.4: a mix-up attack is possible)");
        }
        if (response.getIssuer() == null && metadata.supportsAuthorizationResponseIssuerParam()) {
            throw new AuthorizationFailure("the authorization server advertises "
                    + "authorization_response_iss_parameter_supported but its response has no iss (RFC 9207 §2.4)");
        }
        if (response instanceof AuthorizationErrorResponse error) {
            throw new AuthorizationFailure("the authorization server answered " + error.getErrorObject().getCode()
                    + (error.getErrorObject().getDescription() == null ? ""
                    : " (" + error.getErrorObject().getDescription() + ")") + " to the authorization request");
        }
        return response.toSuccessResponse().getAuthorizationCode();
    }
}

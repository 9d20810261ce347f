package dev.mcpauth.server.authorization;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import dev.mcpauth.server.config.ReferenceServerProperties;
import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.http.OAuthErrorException;
import dev.mcpauth.server.registration.ClientLookup;
import dev.mcpauth.server.registration.RedirectUriPolicy;
import dev.mcpauth.server.registration.RegisteredClient;
import dev.mcpauth.server.registration.metadatadocument.MetadataDocumentException;
import dev.mcpauth.server.token.AuthorizationCodes;
import dev.mcpauth.server.token.ResourceIndicators;
import dev.mcpauth.server.token.ScopePolicy;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The authorization endpoint for the code flow (OAuth 2.1 §4.1.1, RFC 7636, RFC 8707, RFC 9207). The client is a
 * registered one or, for an https URL {@code client_id}, the one its metadata document describes (CIMD). A request
 * whose client or redirect URI cannot be trusted gets an error page and is never redirected; every other error goes
 * back to the client's redirect URI with {@code state} and {@code iss}. PKCE with S256 is required.
 */
@RestController
public class AuthorizationEndpointController {

    private final ClientLookup clients;
    private final AuthorizationCodes codes;
    private final ResourceIndicators resources;
    private final ServerUrls urls;
    private final ConsentRequests consentRequests;
    private final ReferenceServerProperties.Authorization settings;

    public AuthorizationEndpointController(ClientLookup clients, AuthorizationCodes codes,
                                           ResourceIndicators resources, ServerUrls urls,
                                           ConsentRequests consentRequests, ReferenceServerProperties properties) {
        this.clients = clients;
        this.codes = codes;
        this.resources = resources;
        this.urls = urls;
        this.consentRequests = consentRequests;
        this.settings = properties.authorization();
    }

    @GetMapping("/authorize")
    public ResponseEntity<String> authorize(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getValue().length > 1) {
                return ErrorPage.of(HttpStatus.BAD_REQUEST, "Parameter " + parameter.getKey()
                        + " appears more than once (RFC 6749 section 3.1).");
            }
        }
        String clientId = request.getParameter("client_id");
        Optional<RegisteredClient> client;
        try {
            client = clients.find(clientId);
        } catch (MetadataDocumentException e) {
            return ErrorPage.of(HttpStatus.BAD_REQUEST, "The client's metadata document cannot be used: "
                    + e.getMessage() + ". The request is not redirected, because its redirect URI cannot be trusted.");
        }
        if (client.isEmpty()) {
            return ErrorPage.of(HttpStatus.BAD_REQUEST, "Unknown client_id. The request is not redirected, because "
                    + "its redirect URI cannot be trusted.");
        }
        Set<URI> registered = client.get().clientMetadata().getRedirectionURIs() == null ? Set.of()
                : client.get().clientMetadata().getRedirectionURIs();
        Optional<URI> redirectUri = resolveRedirectUri(registered, request.getParameter("redirect_uri"));
        if (redirectUri.isEmpty()) {
            return ErrorPage.of(HttpStatus.BAD_REQUEST, "redirect_uri is missing or does not exactly match a "
                    + "registered redirect URI. The request is not redirected.");
        }
        URI redirect = redirectUri.get();
        State state = request.getParameter("state") == null ? null : new State(request.getParameter("state"));

        AuthorizationRequest authorizationRequest;
        try {
            authorizationRequest = AuthorizationRequest.parse(URI.create("https://authorize.invalid?"
                    + (request.getQueryString() == null ? "" : request.getQueryString())));
        } catch (ParseException e) {
            // RFC 8707 §2: a resource that is not an absolute URI without fragment is invalid_target, which the
            // parser reports as such; any other parse failure is invalid_request.
            boolean badResource = e.getErrorObject() != null
                    && OAuth2Error.INVALID_TARGET.getCode().equals(e.getErrorObject().getCode());
            return redirectError(redirect, badResource ? OAuth2Error.INVALID_TARGET : OAuth2Error.INVALID_REQUEST,
                    badResource ? "resource must be an absolute URI without fragment" : "malformed authorization "
                    + "request", state);
        } catch (IllegalArgumentException e) {
            return redirectError(redirect, OAuth2Error.INVALID_REQUEST, "malformed authorization request", state);
        }
        if (!ResponseType.CODE.equals(authorizationRequest.getResponseType())) {
            return redirectError(redirect, OAuth2Error.UNSUPPORTED_RESPONSE_TYPE, "only response_type=code is "
                    + "supported", state);
        }
        if (!client.get().clientMetadata().getGrantTypes().contains(GrantType.AUTHORIZATION_CODE)) {
            return redirectError(redirect, OAuth2Error.UNAUTHORIZED_CLIENT, "this client did not register the "
                    + "authorization_code grant", state);
        }
        if (authorizationRequest.getCodeChallenge() == null) {
            return redirectError(redirect, OAuth2Error.INVALID_REQUEST, "code_challenge is required (PKCE)", state);
        }
        if (!CodeChallengeMethod.S256.equals(authorizationRequest.getCodeChallengeMethod())) {
            return redirectError(redirect, OAuth2Error.INVALID_REQUEST, "code_challenge_method must be S256",
                    state);
        }
        Scope scope;
        String audience;
        try {
            scope = ScopePolicy.grant(client.get(), authorizationRequest.getScope());
            audience = resources.audienceFor(authorizationRequest.getResources());
        } catch (OAuthErrorException e) {
            return redirectError(redirect, e.error(), e.error().getDescription(), state);
        }

        AuthorizationCodes.Grant grant = new AuthorizationCodes.Grant(client.get().clientId(), settings.testUser(),
                redirect, authorizationRequest.getCodeChallenge(), scope, audience);
        if (settings.consent() == ReferenceServerProperties.ConsentMode.PROMPT) {
            String ticket = consentRequests.hold(new ConsentRequests.Pending(grant, state));
            return ConsentPage.render(client.get(), redirect, scope, audience, ticket);
        }
        return approve(grant, state);
    }

    @PostMapping(value = "/authorize/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<String> decide(@RequestParam(name = "ticket", required = false) String ticket,
                                         @RequestParam(name = "decision", required = false) String decision) {
        Optional<ConsentRequests.Pending> pending = consentRequests.take(ticket);
        if (pending.isEmpty()) {
            return ErrorPage.of(HttpStatus.BAD_REQUEST, "This consent request is unknown or has expired.");
        }
        if (!"approve".equals(decision)) {
            return redirectError(pending.get().grant().redirectUri(), OAuth2Error.ACCESS_DENIED,
                    "the user denied the request", pending.get().state());
        }
        return approve(pending.get().grant(), pending.get().state());
    }

    private ResponseEntity<String> approve(AuthorizationCodes.Grant grant, State state) {
        AuthorizationSuccessResponse response = new AuthorizationSuccessResponse(grant.redirectUri(),
                codes.issue(grant), null, state, new Issuer(urls.issuer()), ResponseMode.QUERY);
        return redirect(response.toURI());
    }

    private ResponseEntity<String> redirectError(URI redirect, ErrorObject error, String description, State state) {
        AuthorizationErrorResponse response = new AuthorizationErrorResponse(redirect,
                error.setDescription(ErrorObject.removeIllegalChars(description)), state, new Issuer(urls.issuer()),
                ResponseMode.QUERY);
        return redirect(response.toURI());
    }

    private static ResponseEntity<String> redirect(URI location) {
        return ResponseEntity.status(HttpStatus.FOUND).location(location).cacheControl(CacheControl.noStore())
                .build();
    }

    private static Optional<URI> resolveRedirectUri(Set<URI> registered, String requested) {
        if (requested == null) {
            return registered.size() == 1 ? Optional.of(registered.iterator().next()) : Optional.empty();
        }
        try {
            URI uri = new URI(requested);
            return RedirectUriPolicy.match(List.copyOf(registered), uri).map(match -> uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

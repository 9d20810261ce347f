package dev.mcpauth.server.resource;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.mcpauth.server.http.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate in front of the MCP endpoint: every request, whatever its method and whether or not it names a session,
 * must carry a valid access token for this server in the {@code Authorization} header (MCP authorization "Token
 * Handling", RFC 6750 §2.1), with the scopes the request needs (counting the scopes a granted scope implies); and on
 * a revision with sessions, a session may only be used by the caller that opened it.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    static final String SESSION_HEADER = "Mcp-Session-Id";
    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    /** RFC 6750 §2.1 {@code b64token}. */
    private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    private final AccessTokenVerifier verifier;
    private final ToolScopeRequirements scopeRequirements;
    private final SessionOwners sessionOwners;
    private final Predicate<HttpServletRequest> usesSessions;
    private final Supplier<BearerChallenge> challenge;

    /**
     * @param usesSessions whether a request belongs to a protocol revision with sessions; on the stateless revision
     *                     (2026-07-28) an {@code Mcp-Session-Id} means nothing and is ignored
     */
    public BearerTokenFilter(AccessTokenVerifier verifier, ToolScopeRequirements scopeRequirements,
                             SessionOwners sessionOwners, Predicate<HttpServletRequest> usesSessions,
                             Supplier<BearerChallenge> challenge) {
        this.verifier = verifier;
        this.scopeRequirements = scopeRequirements;
        this.sessionOwners = sessionOwners;
        this.usesSessions = usesSessions;
        this.challenge = challenge;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> authorization = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
        boolean tokenInQuery = hasQueryParameter(request, "access_token");
        if (authorization.size() > 1) {
            challenge.get().invalidRequest(response, "more than one Authorization header");
            return;
        }
        String header = authorization.isEmpty() ? "" : authorization.get(0).trim();
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        if (!scheme.equalsIgnoreCase("Bearer")) {
            // No bearer credentials (none at all, another scheme, or a token in the URL, which is never accepted).
            challenge.get().missingToken(response, Set.of(McpScopes.TOOLS));
            return;
        }
        String token = space < 0 ? "" : header.substring(space + 1).trim();
        if (!B64TOKEN.matcher(token).matches()) {
            challenge.get().invalidRequest(response, "malformed Bearer credentials");
            return;
        }
        if (tokenInQuery) {
            challenge.get().invalidRequest(response, "the access token was sent by more than one method");
            return;
        }
        AuthenticatedCaller caller;
        try {
            caller = verifier.verify(token);
        } catch (InvalidTokenException e) {
            challenge.get().invalidToken(response, e.getMessage());
            return;
        }

        HttpServletRequest forwarded = request;
        Set<String> needed = Set.of(McpScopes.TOOLS);
        if (HttpMethod.POST.matches(request.getMethod())) {
            CachedBodyRequest cached = CachedBodyRequest.read(request, MAX_BODY_BYTES);
            if (cached == null) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            needed = scopeRequirements.requiredFor(cached.body());
            forwarded = cached;
        }
        if (!McpScopes.satisfy(caller.scopes(), needed)) {
            challenge.get().insufficientScope(response, needed);
            return;
        }
        String sessionId = usesSessions.test(forwarded) ? request.getHeader(SESSION_HEADER) : null;
        if (sessionId != null && !sessionOwners.mayUse(sessionId, caller)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/json");
            // as the transport answers an unknown session: a JSON-RPC error without an id (Streamable HTTP)
            response.getWriter().write("{\"jsonrpc\":\"2.0\","
                    + "\"error\":{\"code\":-32600,\"message\":\"Session not found\"}}");
            return;
        }

        forwarded.setAttribute(AuthenticatedCaller.ATTRIBUTE, caller);
        chain.doFilter(forwarded, new SessionBindingResponse(response, caller));
        if (sessionId != null && HttpMethod.DELETE.matches(request.getMethod()) && response.getStatus() < 300) {
            sessionOwners.forget(sessionId);
        }
    }

    private static boolean hasQueryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (key.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Records the owner of a session when the MCP transport hands out its id. */
    private final class SessionBindingResponse extends HttpServletResponseWrapper {
        private final AuthenticatedCaller caller;

        SessionBindingResponse(HttpServletResponse response, AuthenticatedCaller caller) {
            super(response);
            this.caller = caller;
        }

        @Override
        public void setHeader(String name, String value) {
            bindIfSession(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            bindIfSession(name, value);
            super.addHeader(name, value);
        }

        private void bindIfSession(String name, String value) {
            if (SESSION_HEADER.equalsIgnoreCase(name) && value != null) {
                sessionOwners.bind(value, caller);
            }
        }
    }
}

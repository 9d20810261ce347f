package dev.mcpauth.server.resource;

import java.io.IOException;
import java.util.Collection;

import jakarta.servlet.http.HttpServletResponse;
import net.minidev.json.JSONObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The answers of the bearer-token gate (RFC 6750 §3, RFC 9728 §5.1): a {@code WWW-Authenticate: Bearer} challenge
 * that always names the protected resource metadata, with an error code when a token was presented and refused.
 */
public final class BearerChallenge {

    private final String resourceMetadataUrl;

    public BearerChallenge(String resourceMetadataUrl) {
        this.resourceMetadataUrl = resourceMetadataUrl;
    }

    /** 401 without an error code: the request carried no bearer token (RFC 6750 §3.1). */
    public void missingToken(HttpServletResponse response, Collection<String> neededScopes) throws IOException {
        String header = "Bearer resource_metadata=\"" + resourceMetadataUrl + "\", scope=\""
                + String.join(" ", neededScopes) + "\"";
        write(response, HttpServletResponse.SC_UNAUTHORIZED, header, null, "authorization required");
    }

    /** 401 {@code invalid_token}: expired, revoked, malformed, or not issued for this server. */
    public void invalidToken(HttpServletResponse response, String why) throws IOException {
        write(response, HttpServletResponse.SC_UNAUTHORIZED, header("invalid_token", why, null), "invalid_token", why);
    }

    /** 400 {@code invalid_request}: the request itself is malformed. */
    public void invalidRequest(HttpServletResponse response, String why) throws IOException {
        write(response, HttpServletResponse.SC_BAD_REQUEST, header("invalid_request", why, null), "invalid_request",
                why);
    }

    /** 403 {@code insufficient_scope}, naming every scope the request needs. */
    public void insufficientScope(HttpServletResponse response, Collection<String> neededScopes) throws IOException {
        String why = "this request needs scope " + String.join(" ", neededScopes);
        write(response, HttpServletResponse.SC_FORBIDDEN,
                header("insufficient_scope", why, String.join(" ", neededScopes)), "insufficient_scope", why);
    }

    private String header(String error, String description, String scope) {
        StringBuilder header = new StringBuilder("Bearer error=\"").append(error).append('"')
                .append(", error_description=\"").append(quoted(description)).append('"');
        if (scope != null) {
            header.append(", scope=\"").append(scope).append('"');
        }
        return header.append(", resource_metadata=\"").append(resourceMetadataUrl).append('"').toString();
    }

    private static void write(HttpServletResponse response, int status, String challenge, String error,
                              String description) throws IOException {
        response.setStatus(status);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSONObject body = new JSONObject();
        if (error != null) {
            body.put("error", error);
        }
        body.put("error_description", description);
        response.getWriter().write(dev.mcpauth.server.http.Json.write(body));
    }

    /** error_description may only hold %x20-21 / %x23-5B / %x5D-7E (RFC 6750 §3). */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c <= 0x7E && c != '"' && c != '\\' ? c : '\'');
        }
        return out.toString();
    }
}

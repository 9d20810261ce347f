package dev.mcpauth.server.http;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Rules on the form body of token, introspection and revocation requests that the Nimbus parsers do not enforce:
 * no parameter twice (OAuth 2.1 §3.2; RFC 8707 allows {@code resource} more than once), and one client
 * authentication method per request (OAuth 2.1 §2.4). Either breach is {@code invalid_request}.
 */
final class FormParameterRules {

    private static final Set<String> REPEATABLE = Set.of("resource");
    private static final List<String> BODY_CREDENTIALS = List.of("client_secret", "client_assertion");

    private FormParameterRules() {
    }

    static void check(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (!"POST".equals(request.getMethod()) || contentType == null
                || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return;
        }
        Map<String, String[]> form = request.getParameterMap();
        form.forEach((name, values) -> {
            if (values.length > 1 && !REPEATABLE.contains(name)) {
                throw invalidRequest("the parameter " + name + " appears more than once (OAuth 2.1 section 3.2)");
            }
        });
        long methods = BODY_CREDENTIALS.stream().filter(form::containsKey).count()
                + (request.getHeader("Authorization") != null ? 1 : 0);
        if (methods > 1) {
            throw invalidRequest("the client authenticated with more than one method (OAuth 2.1 section 2.4)");
        }
    }

    private static OAuthErrorException invalidRequest(String description) {
        return new OAuthErrorException(OAuth2Error.INVALID_REQUEST.setDescription(
                ErrorObject.removeIllegalChars(description)));
    }
}

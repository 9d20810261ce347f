package dev.mcpauth.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that is not validly percent-encoded UTF-8 (RFC 3986 section 2.1) before anything reads
 * it: the container would otherwise throw when a filter or controller first asks for a parameter, and the answer
 * would be a 500. The refusal has the shape of the endpoint: a JSON-RPC error at the MCP endpoint, the OAuth error
 * {@code invalid_request} everywhere else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MalformedQueryStrings extends OncePerRequestFilter {

    private static final String DESCRIPTION = "the query string is not validly percent-encoded UTF-8";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query == null || wellFormed(query)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(request.getRequestURI().startsWith(request.getContextPath() + "/mcp")
                ? Json.write(Map.of("jsonrpc", "2.0", "error", Map.of("code", -32600,
                        "message", "Invalid Request: " + DESCRIPTION)))
                : Json.write(OAuth2Error.INVALID_REQUEST.setDescription(DESCRIPTION).toJSONObject()));
    }

    /** Every {@code %} starts two hex digits, and the decoded bytes of each parameter are UTF-8. */
    static boolean wellFormed(String query) {
        for (String part : query.split("[&=]", -1)) {
            byte[] bytes = new byte[part.length()];
            int length = 0;
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '%') {
                    if (i + 2 >= part.length()) {
                        return false;
                    }
                    int high = Character.digit(part.charAt(i + 1), 16);
                    int low = Character.digit(part.charAt(i + 2), 16);
                    if (high < 0 || low < 0) {
                        return false;
                    }
                    bytes[length++] = (byte) (high * 16 + low);
                    i += 2;
                } else if (c > 0x7f) {
                    return false;
                } else {
                    bytes[length++] = (byte) c;
                }
            }
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            } catch (CharacterCodingException e) {
                return false;
            }
        }
        return true;
    }
}

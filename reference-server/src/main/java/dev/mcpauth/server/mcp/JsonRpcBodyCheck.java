package dev.mcpauth.server.mcp;

import java.io.IOException;

import dev.mcpauth.server.http.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shapes the SDK cannot take: a POST body that is valid JSON but not a JSON-RPC message ({@code null}, a number, a
 * string) gets 400 with an id-less "Invalid Request" error, as Streamable HTTP allows; a request whose params are
 * not an object, or a {@code tools/call} without a tool name, gets the JSON-RPC "Invalid params" error for its id.
 * Without this the SDK's 2025 transport fails on them with a 500; its 2026-07-28 transport answers them itself.
 */
final class JsonRpcBodyCheck extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        CachedBodyRequest cached = CachedBodyRequest.read(request, MAX_BODY_BYTES);
        if (cached == null) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        JsonNode message = parse(cached.body());
        if (message != null && !message.isObject() && !message.isArray()) {
            respond(response, HttpServletResponse.SC_BAD_REQUEST, "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,"
                    + "\"message\":\"Invalid Request: the body must be a JSON-RPC message object\"}}");
            return;
        }
        if (message != null && message.isObject() && ProtocolEra.of(cached) == ProtocolEra.SESSIONS
                && hasInvalidParams(message)) {
            JsonNode id = message.path("id");
            String idJson = id.isString() || id.isNumber() ? id.toString() : "null";
            respond(response, HttpServletResponse.SC_OK, "{\"jsonrpc\":\"2.0\",\"id\":" + idJson
                    + ",\"error\":{\"code\":-32602,\"message\":\"Invalid params\"}}");
            return;
        }
        chain.doFilter(cached, response);
    }

    private static boolean hasInvalidParams(JsonNode message) {
        JsonNode params = message.get("params");
        if (params != null && !params.isObject() && !params.isArray()) {
            return true;
        }
        return "tools/call".equals(message.path("method").asString(""))
                && (params == null || !params.isObject() || !params.path("name").isString());
    }

    private static void respond(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }

    /**
     * The parsed body, or null when it is not JSON at all (the transport then reports a parse error). Decoded as the
     * transport decodes it, invalid UTF-8 turned into replacement characters, so both see the same message.
     */
    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            return node == null || node.isMissingNode() ? null : node;
        } catch (JacksonException notJson) {
            return null;
        }
    }
}

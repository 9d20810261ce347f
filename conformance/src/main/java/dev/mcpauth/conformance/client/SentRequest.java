package dev.mcpauth.conformance.client;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * One request the client under test sent to a stub, as the journal recorded it.
 *
 * @param origin  which stub received it ("MCP server" or "authorization server")
 * @param method  the HTTP method
 * @param path    the path, without the query
 * @param query   the query parameters, decoded (first value of each)
 * @param headers the headers that matter here, by lower-case name
 * @param body    the body as text
 * @param received when the stub received it
 */
public record SentRequest(String origin, String method, String path, Map<String, String> query,
                          Map<String, String> headers, String body, Instant received) {

    static SentRequest of(String origin, LoggedRequest logged) {
        String url = logged.getUrl();
        int question = url.indexOf('?');
        Map<String, String> headers = new LinkedHashMap<>();
        logged.getHeaders().all().forEach(header -> headers.putIfAbsent(header.key().toLowerCase(
                java.util.Locale.ROOT), header.firstValue()));
        return new SentRequest(origin, logged.getMethod().getName(), question < 0 ? url : url.substring(0, question),
                question < 0 ? Map.of() : decode(url.substring(question + 1)), headers, logged.getBodyAsString(),
                logged.getLoggedDate().toInstant());
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The body's form parameters, decoded (first value of each). */
    public Map<String, String> form() {
        return body == null || body.isBlank() || body.startsWith("{") ? Map.of() : decode(body);
    }

    /** {@code query} for a GET, the form body otherwise: where an OAuth request carries its parameters. */
    public Map<String, String> parameters() {
        return method.equals("GET") ? query : form();
    }

    /** The scopes an OAuth request asks for: its {@code scope} parameter, split at spaces. */
    public Set<String> scopes() {
        return Set.copyOf(java.util.List.of(parameters().getOrDefault("scope", "").trim().split("\\s+")));
    }

    /** The bearer token of the Authorization header, if any. */
    public Optional<String> bearerToken() {
        return header("Authorization").filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).strip());
    }

    /** The JSON-RPC method of an MCP POST, read loosely from the body. */
    public Optional<String> jsonRpcMethod() {
        if (body == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"method\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(body);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** One line for evidence. */
    public String describe() {
        String text = origin + ": " + method + " " + path + (query.isEmpty() ? "" : " query " + query)
                + header("Authorization").map(value -> " Authorization: " + value).orElse("")
                + header("MCP-Protocol-Version").map(value -> " MCP-Protocol-Version: " + value).orElse("")
                + (body == null || body.isBlank() ? "" : " body " + body);
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            values.putIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }
}

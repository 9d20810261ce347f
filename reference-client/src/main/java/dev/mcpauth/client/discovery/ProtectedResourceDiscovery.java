package dev.mcpauth.client.discovery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.ServerFailure;
import net.minidev.json.JSONObject;

/**
 * Finds the protected resource metadata of an MCP server: an unauthenticated request gets a 401, whose Bearer
 * challenge names the metadata URL (RFC 9728 §5.1); without it the client tries the path-inserted, then the root
 * well-known URL (RFC 9728 §3.1). The metadata's {@code resource} must identify the server (RFC 9728 §3.3).
 */
public final class ProtectedResourceDiscovery {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
            + "\"clientInfo\":{\"name\":\"mcp-auth-reference-client\",\"version\":\"0.1.0\"}}}";

    private final OAuthHttp http;
    private final HttpClient probeClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public ProtectedResourceDiscovery(OAuthHttp http) {
        this.http = http;
    }

    /**
     * Sends an MCP {@code initialize} without a token. Answers the {@code WWW-Authenticate} values of a 401, or
     * empty when the server does not ask for authorization at all.
     */
    public Optional<List<String>> probe(String serverUrl) {
        http.narrator().step("probe: POST " + serverUrl + " (MCP initialize without a token, expecting 401)");
        HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE)).build();
        HttpResponse<Void> response;
        try {
            response = probeClient.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new ServerFailure("cannot reach the MCP server at " + serverUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerFailure("interrupted while probing " + serverUrl, e);
        }
        List<String> challenges = response.headers().allValues("WWW-Authenticate");
        http.narrator().step("  answer " + response.statusCode()
                + (challenges.isEmpty() ? "" : ", WWW-Authenticate: " + String.join(" | ", challenges)));
        if (response.statusCode() == 401) {
            return Optional.of(challenges);
        }
        if (response.statusCode() / 100 == 2) {
            http.narrator().step("  the server answered without a token: no authorization needed");
            return Optional.empty();
        }
        throw new ServerFailure("the MCP server answered " + response.statusCode() + " to an initialize request "
                + "without a token; expected 401 with a Bearer challenge (MCP authorization, RFC 9728 §5.1)");
    }

    /** Fetches and checks the protected resource metadata for the server, given the challenges of its 401. */
    public ProtectedResource discover(String serverUrl, List<String> challenges) {
        return discover(serverUrl, challenges, false);
    }

    /**
     * As {@link #discover(String, List)}; with {@code legacyFallback}, a server without any protected resource
     * metadata is taken, as MCP 2025-03-26 did, to be protected by an authorization server at its own origin.
     */
    public ProtectedResource discover(String serverUrl, List<String> challenges, boolean legacyFallback) {
        Optional<String> fromHeader = AuthenticationChallenge.resourceMetadataUrl(challenges);
        Optional<String> challengeScope = challenges.stream()
                .flatMap(value -> AuthenticationChallenge.parse(value).stream())
                .filter(AuthenticationChallenge::isBearer).findFirst()
                .flatMap(challenge -> challenge.parameter("scope"));
        if (fromHeader.isPresent()) {
            http.narrator().step("the Bearer challenge names resource_metadata=" + fromHeader.get()
                    + "; using it and no other URL (RFC 9728 §5.1)");
            JSONObject metadata = fetch(fromHeader.get())
                    .orElseThrow(() -> new AuthorizationFailure("the protected resource metadata at "
                            + fromHeader.get() + ", named by the server's WWW-Authenticate challenge, could not be "
                            + "fetched (RFC 9728 §5.1): the server's fault"));
            return check(serverUrl, metadata, fromHeader.get(), List.of(serverUrl), challengeScope);
        }
        http.narrator().step("the 401 carries no resource_metadata; trying the well-known URLs (RFC 9728 §3.1)");
        for (String url : WellKnownUrls.protectedResourceMetadata(serverUrl)) {
            Optional<JSONObject> metadata = fetch(url);
            if (metadata.isPresent()) {
                List<String> accepted = new ArrayList<>(List.of(serverUrl));
                if (url.equals(WellKnownUrls.rootProtectedResourceMetadata(serverUrl))) {
                    accepted.add(WellKnownUrls.origin(URI.create(serverUrl))); // the identifier the root URL is built from
                }
                return check(serverUrl, metadata.get(), url, accepted, challengeScope);
            }
        }
        if (legacyFallback) {
            String origin = WellKnownUrls.origin(URI.create(serverUrl));
            http.narrator().step("no protected resource metadata: --legacy-discovery takes the server's origin "
                    + origin + " as its authorization server (MCP 2025-03-26)");
            return new ProtectedResource(serverUrl, List.of(origin), List.of(), challengeScope, null);
        }
        throw new AuthorizationFailure("no protected resource metadata for " + serverUrl + ": the 401 challenge "
                + "names no resource_metadata and the well-known URLs "
                + WellKnownUrls.protectedResourceMetadata(serverUrl) + " gave none (RFC 9728 §3.1, §5.1); for a server "
                + "built for MCP 2025-03-26, try --legacy-discovery");
    }

    private Optional<JSONObject> fetch(String url) {
        HTTPResponse response = http.send(new HTTPRequest(HTTPRequest.Method.GET, URI.create(url)),
                "protected resource metadata");
        if (response.getStatusCode() != 200) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSONObjectUtils.parse(response.getBody()));
        } catch (ParseException e) {
            throw new AuthorizationFailure("the protected resource metadata at " + url + " is not a JSON object: "
                    + e.getMessage(), e);
        }
    }

    private ProtectedResource check(String serverUrl, JSONObject metadata, String url, List<String> accepted,
                                    Optional<String> challengeScope) {
        String resource = metadata.get("resource") instanceof String value ? value : null;
        if (resource == null || !accepted.contains(resource)) {
            throw new AuthorizationFailure("the protected resource metadata at " + url + " names resource \""
                    + resource + "\", expected exactly \"" + serverUrl + "\" (RFC 9728 §3.3: a client must not "
                    + "use metadata whose resource does not identify the server it is talking to)");
        }
        List<String> servers = strings(metadata.get("authorization_servers"));
        if (servers.isEmpty()) {
            throw new AuthorizationFailure("the protected resource metadata at " + url + " lists no "
                    + "authorization_servers (MCP authorization: servers must name at least one)");
        }
        http.narrator().step("  resource " + resource + " identifies the server (RFC 9728 §3.3); authorization "
                + "servers " + servers);
        return new ProtectedResource(resource, servers, strings(metadata.get("scopes_supported")), challengeScope,
                url);
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
}

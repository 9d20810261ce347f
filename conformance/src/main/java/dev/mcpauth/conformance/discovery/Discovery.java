package dev.mcpauth.conformance.discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.mcpauth.client.discovery.AuthenticationChallenge;
import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.resource.ChallengeSyntax;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;

/**
 * Finds the authorization server the way an MCP client must: from the 401 challenge (or the well-known URLs) to the
 * protected resource metadata, then to the metadata of the first listed authorization server. Each stage runs
 * once per target and run: the answers do not change, and servers should not see them repeated.
 */
public final class Discovery {

    private static final Map<String, Object> RESULT_BY_TARGET = new HashMap<>();

    private Discovery() {
    }

    /** Forgets what earlier runs in this JVM learned: a server started later may reuse a port, and so a URL. */
    public static synchronized void forgetEarlierRuns() {
        RESULT_BY_TARGET.clear();
    }

    /**
     * Where to look for the protected resource metadata, in the order a client tries: the URL the challenge names
     * (when it is an absolute URL), then the path-inserted and the root well-known URLs.
     */
    public static List<String> resourceMetadataCandidates(ConformanceWorld world) {
        return resourceMetadataCandidates(world.target().mcpUrl(), world.wire().send(McpMessage.FIRST_REQUEST, null));
    }

    private static List<String> resourceMetadataCandidates(String mcpUrl, Response challenge) {
        Optional<String> named = AuthenticationChallenge
                .resourceMetadataUrl(challenge.headers().getValues("WWW-Authenticate"))
                .filter(url -> url.startsWith("https://") || url.startsWith("http://"));
        List<String> candidates = new ArrayList<>();
        named.ifPresent(candidates::add);
        for (String wellKnown : List.of(WellKnownUrls.protectedResourceMetadata(mcpUrl),
                WellKnownUrls.rootProtectedResourceMetadata(mcpUrl))) {
            if (!candidates.contains(wellKnown)) {
                candidates.add(wellKnown);
            }
        }
        return candidates;
    }

    /** The authorization server metadata URLs to try for an issuer, RFC 8414 first. */
    public static List<String> serverMetadataCandidates(String issuer) {
        List<String> urls = new ArrayList<>();
        urls.add(WellKnownUrls.authorizationServerMetadata(issuer));
        urls.addAll(WellKnownUrls.openIdConfiguration(issuer));
        return urls;
    }

    /** The full discovery result, or the {@link DiscoveryFailure} of the first attempt. */
    public static synchronized Discovered cached(ConformanceWorld world) {
        Object result = RESULT_BY_TARGET.computeIfAbsent(world.target().mcpUrl(), url -> {
            try {
                return discover(world);
            } catch (DiscoveryFailure failure) {
                return failure;
            }
        });
        if (result instanceof DiscoveryFailure failure) {
            throw failure;
        }
        return (Discovered) result;
    }

    public static Discovered discover(ConformanceWorld world) {
        Response challenge = world.wire().send(McpMessage.FIRST_REQUEST, null);
        List<String> candidates = resourceMetadataCandidates(world.target().mcpUrl(), challenge);
        String resourceMetadataUrl = null;
        Map<String, Object> resourceMetadata = null;
        for (String candidate : candidates) {
            resourceMetadata = jsonObject(world.request().get(candidate));
            if (resourceMetadata != null) {
                resourceMetadataUrl = candidate;
                break;
            }
        }
        if (resourceMetadata == null) {
            throw new DiscoveryFailure("no protected resource metadata at " + candidates);
        }
        String issuer = firstAuthorizationServer(resourceMetadata).orElseThrow(() -> new DiscoveryFailure(
                "the protected resource metadata names no authorization server"));
        List<String> metadataUrls = serverMetadataCandidates(issuer);
        for (String candidate : metadataUrls) {
            Map<String, Object> serverMetadata = jsonObject(world.request().get(candidate));
            if (serverMetadata != null) {
                return new Discovered(resourceMetadataUrl, resourceMetadata, issuer, candidate, serverMetadata,
                        challengedScope(challenge));
            }
        }
        throw new DiscoveryFailure("no authorization server metadata for issuer " + issuer + " at " + metadataUrls);
    }

    private static Optional<String> challengedScope(Response challenge) {
        return ChallengeSyntax.bearer(challenge.headers().getValues("WWW-Authenticate"))
                .flatMap(bearer -> bearer.named("scope").stream().findFirst())
                .map(ChallengeSyntax.Attribute::value);
    }

    public static Optional<String> firstAuthorizationServer(Map<String, Object> resourceMetadata) {
        if (resourceMetadata.get("authorization_servers") instanceof List<?> servers && !servers.isEmpty()
                && servers.get(0) instanceof String issuer) {
            return Optional.of(issuer);
        }
        return Optional.empty();
    }

    /** The body as a JSON object when the answer is a 200 with one, else null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> jsonObject(Response response) {
        if (response.statusCode() != 200) {
            return null;
        }
        try {
            Object body = response.jsonPath().get("$");
            return body instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}

package dev.mcpauth.conformance.discovery;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.mcpauth.conformance.world.ConformanceWorld;

/**
 * The scope the harness's own requests ask for, as MCP's scope selection strategy says: {@code mcp.scopes}; else
 * the scope the MCP server's 401 challenge names (read once per target, with the rest of discovery); else none, the
 * authorization server's default. Not the resource metadata's {@code scopes_supported}: a token holding every scope
 * would leave the 403 checks nothing to refuse.
 */
public final class RequestedScope {

    private RequestedScope() {
    }

    public static Optional<String> of(ConformanceWorld world) {
        if (world.settings().scopes().isPresent()) {
            return world.settings().scopes();
        }
        Discovered discovered;
        try {
            discovered = Discovery.cached(world);
        } catch (DiscoveryFailure failure) {
            return Optional.empty();
        }
        return discovered.challengedScope().map(scope -> supportedOnly(discovered, scope))
                .filter(scope -> !scope.isBlank());
    }

    /**
     * The challenged scopes the authorization server says it supports, when it says: a scope it does not know would
     * get the harness's own authorization request refused (invalid_scope), and every check that needs a token with it.
     */
    private static String supportedOnly(Discovered discovered, String scope) {
        if (!(discovered.serverMetadata().get("scopes_supported") instanceof List<?> supported)) {
            return scope;
        }
        return Arrays.stream(scope.trim().split(" +")).filter(supported::contains).collect(Collectors.joining(" "));
    }
}

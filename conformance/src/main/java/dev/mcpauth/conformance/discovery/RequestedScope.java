package dev.mcpauth.conformance.discovery;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.resource.ChallengeSyntax;
import dev.mcpauth.conformance.world.ConformanceWorld;

/**
 * The scope the harness's own requests ask for, as MCP's scope selection strategy says: {@code mcp.scopes}; else
 * the scope the MCP server's 401 challenge names; else none, the authorization server's default. Not the resource
 * metadata's {@code scopes_supported}: a token holding every scope would leave the 403 checks nothing to refuse.
 * Found once per target.
 */
public final class RequestedScope {

    private static final Map<String, Optional<String>> SCOPE_BY_TARGET = new HashMap<>();

    private RequestedScope() {
    }

    public static synchronized Optional<String> of(ConformanceWorld world) {
        if (world.settings().scopes().isPresent()) {
            return world.settings().scopes();
        }
        return SCOPE_BY_TARGET.computeIfAbsent(world.target().mcpUrl(), target -> fromChallenge(world));
    }

    private static Optional<String> fromChallenge(ConformanceWorld world) {
        return ChallengeSyntax.bearer(world.wire().send(McpMessage.FIRST_REQUEST, null).headers()
                        .getValues("WWW-Authenticate"))
                .flatMap(challenge -> challenge.named("scope").stream().findFirst())
                .map(ChallengeSyntax.Attribute::value).map(scope -> supportedOnly(world, scope))
                .filter(scope -> !scope.isBlank());
    }

    /**
     * The challenged scopes the authorization server says it supports, when it says: a scope it does not know would
     * get the harness's own authorization request refused (invalid_scope), and every check that needs a token with it.
     */
    private static String supportedOnly(ConformanceWorld world, String scope) {
        Discovered discovered;
        try {
            discovered = Discovery.cached(world);
        } catch (DiscoveryFailure failure) {
            return scope;
        }
        if (!(discovered.serverMetadata().get("scopes_supported") instanceof List<?> supported)) {
            return scope;
        }
        return Arrays.stream(scope.trim().split(" +")).filter(supported::contains).collect(Collectors.joining(" "));
    }
}

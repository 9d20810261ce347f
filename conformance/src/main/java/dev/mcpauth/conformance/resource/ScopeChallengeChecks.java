package dev.mcpauth.conformance.resource;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.mcpauth.client.discovery.AuthenticationChallenge;
import io.restassured.response.Response;

/**
 * Checks on the scopes an MCP server asks for (challenges, resource metadata) and on whether a token's scopes let a
 * request through: MCP 2025-11-25 "Scope Challenge Handling", 2026-07-28 "Runtime Insufficient Scope Errors",
 * "Refresh Tokens" and "Step-Up Authorization Flow".
 */
public final class ScopeChallengeChecks {

    public static final String OFFLINE_ACCESS = "offline_access";

    private ScopeChallengeChecks() {
    }

    /** The scope values of the response's Bearer challenge; empty when it names none. */
    public static List<String> challengedScopes(Response response) {
        return response.headers().getValues("WWW-Authenticate").stream()
                .flatMap(header -> AuthenticationChallenge.parse(header).stream())
                .filter(AuthenticationChallenge::isBearer).findFirst()
                .flatMap(challenge -> challenge.parameter("scope"))
                .map(scope -> List.of(scope.trim().split("\\s+"))).orElse(List.of())
                .stream().filter(value -> !value.isEmpty()).toList();
    }

    public static void namesAScopeNotHeld(Response forbidden, Set<String> held) {
        List<String> challenged = challengedScopes(forbidden);
        if (challenged.isEmpty() || held.containsAll(challenged)) {
            throw new AssertionError("The insufficient_scope challenge names " + challenged + ", but the token "
                    + "already holds " + held + "; the challenge should name what the operation needs beyond "
                    + "that, or the client cannot tell what to ask for.");
        }
    }

    public static void leavesOutOfflineAccess(Collection<String> scopes, String where) {
        if (scopes.contains(OFFLINE_ACCESS)) {
            throw new AssertionError(where + " lists offline_access " + scopes + "; a refresh token is the "
                    + "authorization server's business, not something an MCP request needs, so the MCP server "
                    + "should not ask for it (MCP 2026-07-28 \"Refresh Tokens\").");
        }
    }

    /** The request went through: not refused for authorization and answered with success. */
    public static void served(Response response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(what + " was answered " + response.statusCode()
                    + Optional.ofNullable(response.header("WWW-Authenticate")).map(value -> " (" + value + ")")
                    .orElse("") + " instead of being served.");
        }
    }

    /** The call was refused: an HTTP error, a JSON-RPC error or a tool error, but no result of the tool. */
    public static void notServed(Response response, String what) {
        if (response.statusCode() / 100 != 2) {
            return;
        }
        io.restassured.path.json.JsonPath message = dev.mcpauth.conformance.mcp.McpRequests.message(response);
        Object result = message == null ? null : message.get("result");
        if (result != null && !Boolean.TRUE.equals(message.get("result.isError"))) {
            throw new AssertionError(what + " was run and answered with a result, though the token's scope does "
                    + "not cover it; the server must check each tool against the caller's authorization.");
        }
    }

    public static void namesScopes(Response challenge) {
        if (challengedScopes(challenge).isEmpty()) {
            throw new AssertionError("The " + challenge.statusCode() + " challenge names no scope, so a client has "
                    + "to guess what to ask for. WWW-Authenticate: " + challenge.headers().getValues("WWW-Authenticate"));
        }
    }

    /** The same request, refused twice, names the same scopes both times. */
    public static void sameScopes(Response first, Response second) {
        Set<String> before = Set.copyOf(challengedScopes(first));
        Set<String> after = Set.copyOf(challengedScopes(second));
        if (!before.equals(after)) {
            throw new AssertionError("The same request was challenged for " + before + ", then for " + after
                    + "; a client cannot settle on what to ask for when the server changes its answer.");
        }
    }
}

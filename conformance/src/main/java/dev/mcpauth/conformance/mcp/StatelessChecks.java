package dev.mcpauth.conformance.mcp;

import java.util.List;
import java.util.Map;

import dev.mcpauth.conformance.verdict.Findings;
import io.restassured.response.Response;

/** Checks on the stateless Streamable HTTP of 2026-07-28: validation errors, session ids, server/discover. */
public final class StatelessChecks {

    private StatelessChecks() {
    }

    /** A malformed request must not be processed: any refusal will do here (the exact error is graded apart). */
    public static void refusedWithoutResult(Response response) {
        if (response.statusCode() / 100 == 2 || lastMessage(response).containsKey("result")) {
            throw new AssertionError("The server processed a malformed request (HTTP " + response.statusCode()
                    + "). A request whose protocol headers or _meta are wrong must be refused, or a client and the "
                    + "server disagree on what was asked and under which protocol version.");
        }
    }

    /** The refusal is HTTP 400 with this JSON-RPC error code. */
    public static void refusedWith400AndCode(Response response, int code) {
        Object actual = error(response).get("code");
        if (response.statusCode() != 400 || !(actual instanceof Number number) || number.intValue() != code) {
            throw new AssertionError("Expected HTTP 400 with the JSON-RPC error " + code + ", got HTTP "
                    + response.statusCode() + " with error code " + actual + ". Clients tell a protocol error from "
                    + "an authorization error by this status and code.");
        }
    }

    /** An unsupported-version error lists, in {@code data.supported}, the versions the server speaks. */
    public static void listsSupportedVersions(Response response) {
        Map<String, Object> error = error(response);
        if (!(error.get("code") instanceof Number code) || code.intValue() != -32022) {
            throw Findings.skip("The server did not answer with the unsupported-version error -32022 (HTTP "
                    + response.statusCode() + ", error " + error.get("code") + "), so there is no list to check.");
        }
        Object data = error.get("data");
        Object supported = data instanceof Map<?, ?> map ? map.get("supported") : null;
        if (!(supported instanceof List<?> list) || list.isEmpty()
                || !list.stream().allMatch(String.class::isInstance)) {
            throw new AssertionError("The unsupported-version error carries data.supported = " + supported
                    + "; it must list the versions the server supports, so a client can pick one and retry.");
        }
    }

    /** A server speaking only 2026-07-28 issues no session ids. */
    public static void noSessionId(Response response) {
        String sessionId = response.header(McpRequests.SESSION_HEADER);
        if (sessionId != null) {
            throw new AssertionError("The answer carries " + McpRequests.SESSION_HEADER + ": " + sessionId
                    + "; 2026-07-28 has no sessions, so a server must neither echo nor mint one.");
        }
    }

    /** server/discover answers with the supported versions, this revision among them. */
    public static void discoverListsVersion(Response response, String version) {
        Object versions = lastMessage(response).get("result") instanceof Map<?, ?> result
                ? result.get("supportedVersions") : null;
        if (response.statusCode() != 200 || !(versions instanceof List<?> list) || !list.contains(version)) {
            throw new AssertionError("server/discover with a valid token was answered HTTP " + response.statusCode()
                    + " with supportedVersions = " + versions + "; a server must implement server/discover and "
                    + "name " + version + " there, or clients cannot tell which versions it speaks.");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Response response) {
        Object error = lastMessage(response).get("error");
        return error instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Map<String, Object> lastMessage(Response response) {
        List<Map<String, Object>> messages = McpAnswers.messages(response);
        return messages.isEmpty() ? Map.of() : messages.get(messages.size() - 1);
    }
}

package dev.mcpauth.conformance.mcp;

import java.util.List;

import dev.mcpauth.conformance.verdict.Findings;
import io.restassured.response.Response;

/** Checks on tools/list results (MCP 2026-07-28 server/tools "Capabilities"). */
public final class ToolListChecks {

    private ToolListChecks() {
    }

    /** The names a tools/list answer lists; a scenario whose listing failed is SKIPPED, not judged. */
    public static List<String> toolNames(Response answer) {
        List<String> names = answer.statusCode() / 100 == 2 ? McpRequests.message(answer).getList("result.tools.name")
                : null;
        if (names == null) {
            throw Findings.skip("Listing the tools was answered " + answer.statusCode() + " without a tool list.");
        }
        return names;
    }

    public static void sameTools(List<String> first, List<String> second) {
        if (!first.equals(second)) {
            throw new AssertionError("The tool list changed from " + first + " to " + second + " for the same token "
                    + "on another connection after an unrelated request; list results may depend on the "
                    + "authorization, not on the connection or on earlier requests.");
        }
    }
}

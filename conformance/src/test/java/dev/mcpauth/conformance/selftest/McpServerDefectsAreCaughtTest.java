package dev.mcpauth.conformance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import dev.mcpauth.conformance.selftest.defects.EmptyScopesInMetadata;
import dev.mcpauth.conformance.selftest.defects.EventIdsRepeated;
import dev.mcpauth.conformance.selftest.defects.GetAnsweredWithJson;
import dev.mcpauth.conformance.selftest.defects.InitializeResultWithoutServerInfo;
import dev.mcpauth.conformance.selftest.defects.PlainHttpUrlInMetadata;
import dev.mcpauth.conformance.selftest.defects.RepeatedRealmInChallenge;
import dev.mcpauth.conformance.selftest.defects.ToolResultWithoutToken;
import dev.mcpauth.conformance.selftest.defects.UnparseableBodyAccepted;
import dev.mcpauth.conformance.selftest.defects.UnsignedTokenAccepted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof that the MCP server checks (lifecycle, Streamable HTTP, challenge syntax, resource metadata members,
 * TLS of published URLs, unauthorized tool calls) can fail: the reference server with one defect each, run through
 * the server features as an external server. Each defect must fail exactly the requirements it breaks. Only the
 * server features run, since these defects touch nothing the authorization server features look at.
 * UnsignedTokenAccepted also trips the older AUTH-VAL-01/AUTH-VAL-04 outline, which has an unsigned-token example.
 */
class McpServerDefectsAreCaughtTest {

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of(InitializeResultWithoutServerInfo.class, Set.of("LIF-03")),
                Arguments.of(ToolResultWithoutToken.class, Set.of("AUTH-PRIV-01")),
                Arguments.of(GetAnsweredWithJson.class, Set.of("TRN-02", "TRN-13")),
                Arguments.of(EventIdsRepeated.class, Set.of("TRN-14")),
                Arguments.of(UnparseableBodyAccepted.class, Set.of("TRN-10")),
                Arguments.of(UnsignedTokenAccepted.class, Set.of("R9068-15", "AUTH-VAL-07", "AUTH-VAL-01",
                        "AUTH-VAL-04")),
                Arguments.of(RepeatedRealmInChallenge.class, Set.of("R6750-08", "OA21-RS-07")),
                Arguments.of(PlainHttpUrlInMetadata.class, Set.of("AUTH-COMM-01")),
                Arguments.of(EmptyScopesInMetadata.class, Set.of("R9728-16")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void defectFailsExactlyTheRequirementsItBreaks(Class<?> defect, Set<String> broken) {
        try (DefectiveServer server = DefectiveServer.with(defect)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), server.harnessSettings(), "features.server");
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEqualTo(broken);
        }
    }
}

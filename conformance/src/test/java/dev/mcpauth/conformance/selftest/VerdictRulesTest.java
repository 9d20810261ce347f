package dev.mcpauth.conformance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.mcpauth.conformance.selftest.defects.AnyResourceAnyAudience;
import dev.mcpauth.conformance.selftest.defects.CodeRedeemedWithoutItsRedirectUri;
import dev.mcpauth.conformance.selftest.defects.JavascriptRedirectUriRegistered;
import dev.mcpauth.conformance.selftest.defects.LenientTokenRequestParsing;
import dev.mcpauth.conformance.selftest.defects.NotificationRefusedWithAnId;
import dev.mcpauth.conformance.selftest.defects.RefreshRequestsNarrowed;
import dev.mcpauth.conformance.selftest.defects.RefusalsWithOtherErrorCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;

/**
 * The verdict rules of conformance/README.md, each shown on the reference server with one change: FAIL only for a
 * broken MUST shown by what the server did, one defect one FAIL, a correct refusal in other words a WARN, a narrowed
 * request no FAIL, and the audience checked with the MCP server's URL alone.
 */
class VerdictRulesTest {

    private static final Set<String> AUDIENCE = Set.of("AUTH-VAL-02", "AUTH-PRIV-04", "AUTH-PRIV-03", "AUTH-AUD-02",
            "R9068-14", "SBP-02", "OA21-SEC-02");

    @Test
    void foreignAudienceAcceptedFailsTheAudienceRequirementsWithOnlyTheServersUrl() {
        try (DefectiveServer server = DefectiveServer.with(AnyResourceAnyAudience.class)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), Map.of());
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEqualTo(AUDIENCE);
        }
    }

    @Test
    void refreshThatNarrowsTheRequestedScopeAndResourceFailsNothing() {
        try (DefectiveServer server = DefectiveServer.with(RefreshRequestsNarrowed.class)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), server.harnessSettings());
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEmpty();
            assertThat(run.passedScenarios()).as("the narrowed refreshes were judged, not skipped")
                    .anyMatch(tags -> tags.contains("OA21-TE-07")).anyMatch(tags -> tags.contains("OA21-RT-02"));
        }
    }

    @Test
    void correctRefusalWithAnotherErrorCodeIsAWarningOnTheErrorCodeRequirement() {
        try (DefectiveServer server = DefectiveServer.with(RefusalsWithOtherErrorCodes.class)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), server.harnessSettings());
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEmpty();
            assertThat(run.requirementsWithVerdict("WARN")).contains("OA21-TE-15", "R6749-06", "OA21-TE-14",
                    "OA21-RT-01");
        }
    }

    @Test
    void oneAcceptedBadRegistrationFailsOneScenarioAndTheErrorShapeCheckIsSkipped() {
        try (DefectiveServer server = DefectiveServer.with(JavascriptRedirectUriRegistered.class)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), server.harnessSettings());
            assertThat(run.failedRequirements()).as(run.describeProblems())
                    .isEqualTo(Set.of("R7591-22", "AUTH-COMM-03"));
            assertThat(run.outcomes()).filteredOn(outcome -> outcome.tags().contains("R7591-18"))
                    .extracting(SuiteRun.Outcome::status).containsOnly(TestExecutionResult.Status.ABORTED);
        }
    }

    /**
     * Rules that bind the sender, or only servers of OAuth 2.0 clients, or a body the transport only allows: a server
     * that is lenient there breaks no MUST the harness can show, so each is one WARN on its row and no FAIL.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("leniencies")
    void leniencyOutsideAServersMustIsAWarningOnly(Class<?> leniency, Set<String> warned) {
        try (DefectiveServer server = DefectiveServer.with(leniency)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), server.harnessSettings());
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEmpty();
            assertThat(run.requirementsWithVerdict("WARN")).as(run.describeProblems()).containsAll(warned);
        }
    }

    static Stream<Arguments> leniencies() {
        return Stream.of(
                // a repeated parameter and two client authentication methods: the MUST NOTs bind the client
                Arguments.of(LenientTokenRequestParsing.class, Set.of("OA21-TE-02", "OA21-CA-01")),
                Arguments.of(CodeRedeemedWithoutItsRedirectUri.class, Set.of("R6749-06")),
                Arguments.of(NotificationRefusedWithAnId.class, Set.of("TRN-10")));
    }
}

package dev.mcpauth.conformance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.mcpauth.conformance.selftest.defects.BatchProcessed;
import dev.mcpauth.conformance.selftest.defects.ForeignAudienceAccepted;
import dev.mcpauth.conformance.selftest.defects.InsufficientScopeWithoutScope;
import dev.mcpauth.conformance.targets.HarnessSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a broken check means: FAIL for a MUST, WARN for a SHOULD, EXPECTED FAIL for a listed gap, stale when fixed. */
class VerdictsTest {

    @TempDir
    Path folder;

    @Test
    void brokenShouldIsAWarningAndNoFailure() {
        try (DefectiveServer server = DefectiveServer.with(InsufficientScopeWithoutScope.class)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), server.harnessSettings());
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEmpty();
            // the 2025-11-25 rows on what an insufficient_scope challenge names warn with it
            assertThat(run.requirementsWithVerdict("WARN")).containsExactlyInAnyOrder("R6750-15", "D1125-31",
                    "D1125-32");
        }
    }

    @Test
    void processedBatchIsAWarningSinceTheMustBindsTheClient() {
        try (DefectiveServer server = DefectiveServer.with(BatchProcessed.class)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), server.harnessSettings());
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEmpty();
            assertThat(run.requirementsWithVerdict("WARN")).containsExactly("TRN-08");
        }
    }

    @Test
    void listedKnownGapIsAnExpectedFailureAndTheRunPasses() throws IOException {
        try (DefectiveServer server = DefectiveServer.with(ForeignAudienceAccepted.class)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), withExpectedFailures(server, "AUTH-VAL-02\n"));
            assertThat(run.failedRequirements()).as(run.describeProblems()).isEmpty();
            assertThat(run.requirementsWithVerdict("EXPECTED_FAIL")).contains("AUTH-VAL-02");
        }
    }

    @Test
    void listedGapThatNowPassesFailsTheRunAsStale() throws IOException {
        try (DefectiveServer server = DefectiveServer.with(ForeignAudienceAccepted.class)) {
            SuiteRun run = SuiteRun.against(server.mcpUrl(), withExpectedFailures(server,
                    "AUTH-VAL-02\nTRN-03   # the Origin check works: stale\n"));
            assertThat(run.describeProblems()).contains("Stale expected failures: [TRN-03]");
        }
    }

    private Map<String, String> withExpectedFailures(DefectiveServer server, String entries) throws IOException {
        Path file = Files.writeString(folder.resolve("expected-failures.txt"), entries);
        Map<String, String> settings = new HashMap<>(server.harnessSettings());
        settings.put(HarnessSettings.EXPECTED_FAILURES, file.toString());
        return settings;
    }
}

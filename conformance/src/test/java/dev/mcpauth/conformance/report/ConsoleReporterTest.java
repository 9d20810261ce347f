package dev.mcpauth.conformance.report;

import static dev.mcpauth.conformance.report.Scenarios.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConsoleReporterTest {

    @Test
    void progressLineOfAPassShowsVerdictLevelIdsAndName() {
        String line = ConsoleReporter.progressLine(scenario(
                "A request without an access token is challenged with the metadata URL", Verdict.PASS, "",
                Level.MUST, "AUTH-PRM-04"));

        assertThat(line).isEqualTo("  PASS          [MUST]       AUTH-PRM-04  "
                + "A request without an access token is challenged with the metadata URL");
    }

    @Test
    void progressLineOfASkipAppendsTheFirstLineOfTheReasonCut() {
        String line = ConsoleReporter.progressLine(scenario("Registration", Verdict.SKIPPED,
                "\n" + "r".repeat(300) + "\nsecond line", Level.MUST_NOT, "R7591-01", "AUTH-REG-02"));

        assertThat(line).startsWith("  SKIPPED       [MUST NOT]   R7591-01,AUTH-REG-02  Registration -- rrr")
                .endsWith("r…").doesNotContain("second line");
        assertThat(line.substring(line.indexOf(" -- ") + 4)).hasSize(ConsoleReporter.MAX_REASON_LENGTH);
    }

    @Test
    void theLineAfterAPartCountsThatPartsScenariosOnly() {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        ConsoleReporter console = new ConsoleReporter(new java.io.PrintStream(printed, true,
                java.nio.charset.StandardCharsets.UTF_8));

        console.partFinished(List.of(scenario("Metadata", Verdict.PASS, "", Level.MUST, "R8414-03"),
                scenario("Registration", Verdict.SKIPPED, "none", Level.MUST, "R7591-01")),
                "Authorization server (on the 2026-07-28 wire)");
        console.partFinished(List.of(), "Authorization server (on the 2025-11-25 wire)");
        console.partFinished(List.of(scenario("Metadata location", Verdict.FAIL, "404", Level.MUST, "AUTH-OVR-06")),
                "Authorization server (on the 2025-06-18 wire)");

        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "Authorization server (on the 2026-07-28 wire) done: 1 PASS, 0 FAIL, 0 WARN, 1 SKIPPED, 0 EXPECTED_FAIL"
                        + "\n\nAuthorization server (on the 2025-06-18 wire) done: 0 PASS, 1 FAIL, 0 WARN, 0 SKIPPED, "
                        + "0 EXPECTED_FAIL\n\n");
    }

    @Test
    void summaryShowsTargetLevelTableFailedAndUnrunRequirementsAndReportPaths() {
        RunSummary summary = Scenarios.summary(Scenarios.fixtureList(),
                scenario("Challenge", Verdict.FAIL, "no header", Level.MUST, "AUTH-PRM-04"),
                scenario("Scope", Verdict.WARN, "no scope", Level.SHOULD, "AUTH-PRM-05"),
                scenario("New", Verdict.PASS, "", Level.MAY, "AA-NEW-01"));

        String text = ConsoleReporter.summaryText(summary, List.of(Path.of("/tmp/reports/index.html")));

        assertThat(text).contains("against https://mcp.example.test/mcp")
                .contains("3 scenarios in 12.5 s, 6 requirements")
                .containsPattern("MUST +0 +1 +0 +0 +0\n")
                .containsPattern("SHOULD +0 +0 +1 +0 +0\n")
                .containsPattern("all +1 +1 +1 +0 +0\n")
                .contains("Failed requirements (1): AUTH-PRM-04")
                .contains("Warnings (1): AUTH-PRM-05")
                .contains("Listed, no scenario run (1): R9728-15")
                .contains("Listed, pending (1): OA21-AZ-17")
                .contains("Listed, not testable (1): AUTH-SEC-01")
                .contains("Tagged but not in the list (1): AA-NEW-01")
                .contains("/tmp/reports/index.html")
                .doesNotContain("MUST NOT ");
    }

    @Test
    void summaryWithoutFailuresSaysSo() {
        String text = ConsoleReporter.summaryText(Scenarios.summary(RequirementList.none(),
                scenario("Challenge", Verdict.PASS, "", Level.MUST, "AUTH-PRM-04")), List.of());

        assertThat(text).contains("Failed requirements: none").contains("No features/requirements.tsv");
    }
}

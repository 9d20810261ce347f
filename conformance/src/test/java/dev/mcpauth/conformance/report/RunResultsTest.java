package dev.mcpauth.conformance.report;

import static dev.mcpauth.conformance.report.Scenarios.scenario;
import static dev.mcpauth.conformance.report.Scenarios.scenarioAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How scenario verdicts add up to requirement verdicts and counts. */
class RunResultsTest {

    @Test
    void requirementTakesTheWorstVerdictOfItsScenarios() {
        RunSummary summary = Scenarios.summary(Scenarios.fixtureList(),
                scenario("challenge on POST", Verdict.PASS, "", Level.MUST, "AUTH-PRM-04"),
                scenario("challenge on GET", Verdict.SKIPPED, "no GET stream", Level.MUST, "AUTH-PRM-04"),
                scenario("challenge on DELETE", Verdict.FAIL, "no header", Level.MUST, "AUTH-PRM-04"),
                scenario("scope hint", Verdict.EXPECTED_FAIL, "expected", Level.SHOULD, "AUTH-PRM-05"),
                scenario("scope in challenge", Verdict.WARN, "no scope", Level.SHOULD, "AUTH-PRM-05"),
                scenario("resource matches", Verdict.SKIPPED, "no metadata", Level.MUST_NOT, "R9728-15"),
                scenario("resource matches again", Verdict.PASS, "", Level.MUST_NOT, "R9728-15"));

        assertThat(verdicts(summary)).containsEntry("AUTH-PRM-04", Verdict.FAIL)
                .containsEntry("AUTH-PRM-05", Verdict.WARN).containsEntry("R9728-15", Verdict.SKIPPED);
    }

    @Test
    void listedRequirementWithoutScenariosTakesItsVerdictFromTheTestColumn() {
        RunSummary summary = Scenarios.summary(Scenarios.fixtureList(),
                scenario("challenge", Verdict.PASS, "", Level.MUST, "AUTH-PRM-04"));

        assertThat(verdicts(summary)).containsEntry("AUTH-PRM-04", Verdict.PASS)
                .containsEntry("AUTH-PRM-05", Verdict.NOT_RUN).containsEntry("R9728-15", Verdict.NOT_RUN)
                .containsEntry("AUTH-SEC-01", Verdict.NOT_TESTABLE).containsEntry("OA21-AZ-17", Verdict.PENDING);
    }

    @Test
    void requirementsKeepListOrderThenTaggedOnlyIdsSorted() {
        RunSummary summary = Scenarios.summary(Scenarios.fixtureList(),
                scenario("zeta", Verdict.PASS, "", Level.SHOULD, "ZZ-TOP-01"),
                scenario("alpha", Verdict.FAIL, "broken", Level.MUST, "AA-NEW-01", "AUTH-PRM-04"));

        assertThat(summary.requirements()).extracting(RequirementResult::id).containsExactly("AUTH-PRM-04",
                "AUTH-PRM-05", "R9728-15", "AUTH-SEC-01", "OA21-AZ-17", "AA-NEW-01", "ZZ-TOP-01");
        RequirementResult unlisted = summary.requirements().get(6);
        assertThat(unlisted.listed()).isFalse();
        assertThat(unlisted.row().level()).isEqualTo(Level.SHOULD);
        assertThat(summary.unlistedRequirementIds()).containsExactly("AA-NEW-01", "ZZ-TOP-01");
        assertThat(summary.requirementIds(Verdict.FAIL)).containsExactly("AA-NEW-01", "AUTH-PRM-04");
    }

    @Test
    void withoutARequirementListOnlyTaggedIdsAreReported() {
        RunSummary summary = Scenarios.summary(RequirementList.none(),
                scenario("challenge", Verdict.PASS, "", Level.MUST, "AUTH-PRM-04"));

        assertThat(summary.requirementListFound()).isFalse();
        assertThat(summary.requirements()).extracting(RequirementResult::id).containsExactly("AUTH-PRM-04");
    }

    @Test
    void scenariosAreOrderedByFeatureAndLineAndCountedByLevel() {
        RunSummary summary = Scenarios.summary(RequirementList.none(),
                scenarioAt("second", 20, Verdict.WARN, "w", Level.SHOULD, "AUTH-PRM-05"),
                scenarioAt("first", 10, Verdict.PASS, "", Level.MUST, "AUTH-PRM-04"),
                scenarioAt("third", 30, Verdict.FAIL, "f", Level.MUST, "AUTH-PRM-06"));

        assertThat(summary.scenarios()).extracting(ScenarioResult::name).containsExactly("first", "second", "third");
        assertThat(summary.scenarioTotals()).containsEntry(Verdict.PASS, 1).containsEntry(Verdict.FAIL, 1)
                .containsEntry(Verdict.WARN, 1).containsEntry(Verdict.SKIPPED, 0)
                .containsEntry(Verdict.EXPECTED_FAIL, 0);
        assertThat(summary.scenarioTotalsByLevel().get(Level.MUST)).containsEntry(Verdict.PASS, 1)
                .containsEntry(Verdict.FAIL, 1);
        assertThat(summary.scenarioTotalsByLevel().get(Level.SHOULD)).containsEntry(Verdict.WARN, 1);
        assertThat(summary.duration().toMillis()).isEqualTo(12_500);
    }

    private static Map<String, Verdict> verdicts(RunSummary summary) {
        return summary.requirements().stream()
                .collect(java.util.stream.Collectors.toMap(RequirementResult::id, RequirementResult::verdict));
    }
}

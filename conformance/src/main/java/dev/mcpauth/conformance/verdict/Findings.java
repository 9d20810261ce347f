package dev.mcpauth.conformance.verdict;

import java.util.List;
import java.util.Set;

import dev.mcpauth.conformance.report.Finding;
import dev.mcpauth.conformance.report.Level;
import dev.mcpauth.conformance.report.ScenarioTags;
import dev.mcpauth.conformance.report.Verdict;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;

/**
 * Decides what a failed check means in the current scenario. The check itself only says what is wrong; the
 * scenario's level tag and the user's expected-failures list decide the verdict: a broken MUST fails the scenario;
 * a broken SHOULD or MAY, or a listed known gap, is recorded as a finding and the scenario goes on. A request that
 * was refused as it must be, only in other words than the RFC's ({@link RefusedOtherwise}), is a WARN at any level.
 */
public class Findings {

    private Scenario scenario;
    private Level level = Level.MUST;
    private List<String> requirements = List.of();
    private Set<String> expectedEntries = Set.of();
    private boolean checkFailed;

    public void begin(Scenario scenario, ExpectedFailures expected) {
        this.scenario = scenario;
        ScenarioTags tags = ScenarioTags.parse(scenario.getSourceTagNames());
        this.level = tags.level();
        this.requirements = tags.requirementIds();
        this.expectedEntries = expected.covering(scenario.getName(), requirements);
    }

    /** Runs one check; its failure fails the scenario, or becomes a finding, as the level says. */
    public void check(Runnable check) {
        try {
            check.run();
        } catch (AssertionError failure) {
            checkFailed = true;
            if (!expectedEntries.isEmpty()) {
                record(Verdict.EXPECTED_FAIL, failure.getMessage());
            } else if (!level.failsTheRun() || failure instanceof RefusedOtherwise) {
                record(Verdict.WARN, failure.getMessage());
            } else {
                throw failure;
            }
        }
    }

    /** Stops the scenario as SKIPPED: the server lacks what the check needs, which is neither pass nor fail. */
    public static TestAbortedException skip(String reason) {
        return new TestAbortedException(reason);
    }

    /** Tells the run's ledger how the known gaps covering this scenario fared; skipped scenarios say nothing. */
    public void end() {
        if (!expectedEntries.isEmpty()) {
            ExpectedFailureLedger.record(expectedEntries, checkFailed || scenario.isFailed(),
                    scenario.getStatus() == io.cucumber.java.Status.SKIPPED);
        }
    }

    private void record(Verdict verdict, String message) {
        Finding finding = new Finding(verdict, requirements, message == null ? "" : message);
        scenario.attach(finding.toJson(), Finding.MEDIA_TYPE, verdict.label() + ": " + String.join(", ",
                requirements));
        scenario.log(verdict.label() + " " + String.join(", ", requirements) + ": " + message);
    }
}

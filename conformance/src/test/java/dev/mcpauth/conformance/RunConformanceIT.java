package dev.mcpauth.conformance;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult;

/**
 * The conformance suite: every feature under {@code features/}, against the configured target, once per revision
 * ({@code -Dmcp.spec.version}, {@code auto} by default). Each scenario of each revision is one JUnit test named
 * {@code [revision] scenario}, so CI sees the revision in every test name.
 */
class RunConformanceIT {

    private static final String REPORTS = "../reports";

    @TestFactory
    Stream<DynamicNode> everyRevisionOfTheTarget() {
        RevisionRuns runs = RevisionRuns.run(Map.of(), new RevisionRuns.Plan("features", true, true, part ->
                "html:" + REPORTS + "/cucumber/" + part + "/index.html,"
                        + " json:" + REPORTS + "/cucumber/" + part + "/cucumber.json,"
                        + " io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm,"
                        + " dev.mcpauth.conformance.AllureRevisionNames,"
                        + " dev.mcpauth.conformance.report.VerdictReportPlugin:" + REPORTS));
        return runs.outcomes().stream().map(outcome -> DynamicTest.dynamicTest(outcome.name(), () -> replay(outcome)));
    }

    private static void replay(RevisionRuns.Outcome outcome) {
        if (outcome.status() == TestExecutionResult.Status.FAILED) {
            throw new AssertionError(outcome.message());
        }
        Assumptions.assumeTrue(outcome.status() == TestExecutionResult.Status.SUCCESSFUL, outcome.message());
    }
}

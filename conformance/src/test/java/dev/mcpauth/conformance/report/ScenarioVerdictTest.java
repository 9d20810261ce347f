package dev.mcpauth.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cucumber.plugin.event.Status;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** How a scenario's Cucumber status and attached findings become its conformance verdict. */
class ScenarioVerdictTest {

    private static final String WHEN = "When a client sends an initialize request without an access token";
    private static final String THEN = "Then the challenge names the protected resource metadata";

    private final ScenarioInProgress scenario = new ScenarioInProgress("A request without an access token is challenged",
            URI.create("classpath:features/server/protected-resource-metadata.feature"), 12,
            ScenarioTags.parse(List.of("@spec-2025-06-18", "@AUTH-PRM-04", "@MUST")));

    @Test
    void passedScenarioWithoutFindingsIsPassWithoutReason() {
        scenario.stepFinished(WHEN, Status.PASSED, null);
        scenario.stepFinished(THEN, Status.PASSED, null);

        ScenarioResult result = scenario.finish(Status.PASSED, null);

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.reason()).isEmpty();
        assertThat(result.requirementIds()).containsExactly("AUTH-PRM-04");
        assertThat(result.level()).isEqualTo(Level.MUST);
        assertThat(result.line()).isEqualTo(12);
    }

    @Test
    void failedStepMakesTheScenarioFailWithThatStepsMessage() {
        AssertionError violation = new AssertionError("The 401 answer has no WWW-Authenticate header");
        scenario.stepFinished(WHEN, Status.PASSED, null);
        scenario.stepFinished(THEN, Status.FAILED, violation);
        scenario.stepFinished("After hook", Status.PASSED, null);

        ScenarioResult result = scenario.finish(Status.FAILED, violation);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.reason()).isEqualTo("The 401 answer has no WWW-Authenticate header");
    }

    @Test
    void failureOtherThanAnAssertionIsReportedWithItsExceptionType() {
        IllegalStateException bug = new IllegalStateException("no request was sent in this scenario yet");
        scenario.stepFinished(THEN, Status.FAILED, bug);

        ScenarioResult result = scenario.finish(Status.FAILED, bug);

        assertThat(result.reason()).isEqualTo("IllegalStateException: no request was sent in this scenario yet");
    }

    @Test
    void longFailureMessageIsCutTo500Characters() {
        AssertionError violation = new AssertionError("x".repeat(2000));
        scenario.stepFinished(THEN, Status.FAILED, violation);

        ScenarioResult result = scenario.finish(Status.FAILED, violation);

        assertThat(result.reason()).hasSize(ScenarioInProgress.MAX_MESSAGE_LENGTH).endsWith("…");
    }

    @Test
    void failedScenarioStaysFailWhenItAlsoCarriesAWarnFinding() {
        scenario.attached(Finding.MEDIA_TYPE, finding("WARN", "AUTH-PRM-04", "no scope in the challenge"));
        AssertionError violation = new AssertionError("Expected HTTP 401 but the server answered 200.");
        scenario.stepFinished(THEN, Status.FAILED, violation);

        assertThat(scenario.finish(Status.FAILED, violation).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void undefinedStepIsAHarnessFailureNamingTheStep() {
        scenario.stepFinished(WHEN, Status.UNDEFINED, null);

        ScenarioResult result = scenario.finish(Status.UNDEFINED, null);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.reason()).startsWith("Harness error").contains(WHEN);
    }

    @Test
    void pendingStepIsAHarnessFailure() {
        RuntimeException pending = new RuntimeException("TODO: implement me");
        scenario.stepFinished(WHEN, Status.PENDING, pending);

        ScenarioResult result = scenario.finish(Status.PENDING, pending);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.reason()).startsWith("Harness error").contains(WHEN, "TODO: implement me");
    }

    @Test
    void ambiguousStepIsAHarnessFailure() {
        RuntimeException ambiguous = new RuntimeException("matches 2 step definitions");
        scenario.stepFinished(WHEN, Status.AMBIGUOUS, ambiguous);

        ScenarioResult result = scenario.finish(Status.AMBIGUOUS, ambiguous);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.reason()).startsWith("Harness error").contains("more than one step definition");
    }

    @Test
    void abortedStepMakesTheScenarioSkippedWithTheAbortMessageAsReason() {
        TestAbortedException missing = new TestAbortedException("the server offers no registration endpoint");
        scenario.stepFinished(WHEN, Status.SKIPPED, missing);
        scenario.stepFinished(THEN, Status.SKIPPED, null);

        ScenarioResult result = scenario.finish(Status.SKIPPED, missing);

        assertThat(result.verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(result.reason()).isEqualTo("the server offers no registration endpoint");
    }

    @Test
    void passedScenarioWithAWarnFindingIsWarnWithTheFindingAsReason() {
        scenario.attached(Finding.MEDIA_TYPE, finding("WARN", "AUTH-PRM-05", "the challenge names no scope"));

        ScenarioResult result = scenario.finish(Status.PASSED, null);

        assertThat(result.verdict()).isEqualTo(Verdict.WARN);
        assertThat(result.reason()).isEqualTo("AUTH-PRM-05: the challenge names no scope");
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void passedScenarioWithAnExpectedFailFindingIsExpectedFail() {
        scenario.attached(Finding.MEDIA_TYPE, finding("EXPECTED_FAIL", "AUTH-PRM-04", "listed as expected"));

        assertThat(scenario.finish(Status.PASSED, null).verdict()).isEqualTo(Verdict.EXPECTED_FAIL);
    }

    @Test
    void passedScenarioWithWarnAndExpectedFailFindingsIsWarn() {
        scenario.attached(Finding.MEDIA_TYPE, finding("EXPECTED_FAIL", "AUTH-PRM-04", "listed as expected"));
        scenario.attached(Finding.MEDIA_TYPE, finding("WARN", "AUTH-PRM-05", "no scope"));

        ScenarioResult result = scenario.finish(Status.PASSED, null);

        assertThat(result.verdict()).isEqualTo(Verdict.WARN);
        assertThat(result.reason()).isEqualTo("AUTH-PRM-05: no scope");
        assertThat(result.findings()).hasSize(2);
    }

    @Test
    void passedScenarioWithAnUnreadableFindingIsAHarnessFailure() {
        scenario.attached(Finding.MEDIA_TYPE, "WARN no scope".getBytes(StandardCharsets.UTF_8));

        ScenarioResult result = scenario.finish(Status.PASSED, null);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.reason()).startsWith("Harness error").contains("cannot be read");
    }

    @Test
    void httpExchangeAttachmentsDoNotChangeTheVerdict() {
        scenario.attached("text/plain", "POST /mcp\n401 Unauthorized".getBytes(StandardCharsets.UTF_8));

        assertThat(scenario.finish(Status.PASSED, null).verdict()).isEqualTo(Verdict.PASS);
    }

    private static byte[] finding(String verdict, String requirement, String message) {
        return ("{\"verdict\":\"" + verdict + "\",\"requirements\":[\"" + requirement + "\"],\"message\":\""
                + message + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}

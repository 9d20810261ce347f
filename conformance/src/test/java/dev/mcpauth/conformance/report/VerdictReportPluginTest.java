package dev.mcpauth.conformance.report;

import static dev.mcpauth.conformance.report.CucumberEvents.step;
import static dev.mcpauth.conformance.report.CucumberEvents.testCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.mcpauth.conformance.targets.HarnessSettings;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestStepFinished;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The plugin fed with Cucumber events as a run would publish them. */
class VerdictReportPluginTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final CucumberEvents events = new CucumberEvents();

    @Test
    void runWithFailedSkippedAndWarnedScenariosWritesEveryReportAndPrintsProgress() throws IOException {
        Path reports = temp.resolve("reports/nested");
        plugin(reports);

        events.publish(new TestRunStarted(T0));
        finished(testCase("Challenged", 10, "@AUTH-PRM-04", "@MUST", "@spec-2025-06-18"), Status.FAILED,
                new AssertionError("The 401 answer has no WWW-Authenticate header"), null);
        finished(testCase("Registration", 20, "@R9728-15", "@MUST-NOT"), Status.SKIPPED,
                new TestAbortedException("the server offers no registration endpoint"), null);
        finished(testCase("Scope hint", 30, "@AUTH-PRM-05", "@SHOULD"), Status.PASSED, null,
                "{\"verdict\":\"WARN\",\"requirements\":[\"AUTH-PRM-05\"],\"message\":\"no scope\"}");
        events.publish(new TestRunFinished(T0.plusSeconds(3), new Result(Status.FAILED, Duration.ofSeconds(3), null)));

        assertThat(reports.resolve("index.html")).exists();
        assertThat(reports.resolve("coverage.html")).content().contains("<tr id=\"AUTH-PRM-04\">");
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(reports.resolve("summary.json")));
        assertThat(summary.path("target").asString())
                .isEqualTo(HarnessSettings.fromSystemProperties().serverUrl().orElse("bundled reference server"));
        assertThat(summary.path("durationSeconds").asDouble()).isEqualTo(3.0);
        assertThat(summary.path("failedRequirements").get(0).asString()).isEqualTo("AUTH-PRM-04");
        assertThat(summary.path("scenarios").get(1).path("reason").asString())
                .isEqualTo("the server offers no registration endpoint");
        assertThat(summary.path("scenarios").get(2).path("verdict").asString()).isEqualTo("WARN");
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("  FAIL          [MUST]       AUTH-PRM-04  Challenged -- The 401 answer has no WWW-Authenticate")
                .contains("  SKIPPED       [MUST NOT]   R9728-15  Registration -- the server offers no registration")
                .contains("  WARN          [SHOULD]     AUTH-PRM-05  Scope hint -- AUTH-PRM-05: no scope")
                .contains("Failed requirements (1): AUTH-PRM-04")
                .contains(reports.toAbsolutePath().resolve("summary.json").toString());
    }

    @Test
    void undefinedStepIsReportedAsAHarnessFailureNamingTheStep() throws IOException {
        plugin(temp);
        TestCase testCase = testCase("Undefined", 10, "@AUTH-PRM-04");
        events.publish(new TestCaseStarted(T0, testCase));
        events.publish(new TestStepFinished(T0, testCase, step("When ", "the client dances"),
                new Result(Status.UNDEFINED, Duration.ZERO, null)));
        events.publish(new TestCaseFinished(T0, testCase, new Result(Status.UNDEFINED, Duration.ZERO, null)));
        events.publish(new TestRunFinished(T0, new Result(Status.FAILED, Duration.ZERO, null)));

        assertThat(Files.readString(temp.resolve("summary.json")))
                .contains("Harness error: the step \\\"When the client dances\\\" has no step definition.");
    }

    @Test
    void runFinishedAgainOverwritesTheReportsOfTheEarlierRun() throws IOException {
        Files.writeString(temp.resolve("summary.json"), "{\"stale\": true, " + "x".repeat(10_000) + "}");
        plugin(temp);
        events.publish(new TestRunStarted(T0));
        events.publish(new TestRunFinished(T0, new Result(Status.PASSED, Duration.ZERO, null)));

        assertThat(Files.readString(temp.resolve("summary.json"))).doesNotContain("stale");
    }

    @Test
    void scenariosFinishingOnSeveralThreadsAreAllCounted() throws Exception {
        plugin(temp);
        events.publish(new TestRunStarted(T0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 200; i++) {
            int line = i;
            pool.submit(() -> finished(testCase("Parallel " + line, line, "@AUTH-PRM-04"), Status.PASSED, null,
                    null));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        events.publish(new TestRunFinished(T0, new Result(Status.PASSED, Duration.ZERO, null)));

        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(temp.resolve("summary.json")));
        assertThat(summary.path("totals").path("PASS").asInt()).isEqualTo(200);
        assertThat(summary.path("scenarios").size()).isEqualTo(200);
    }

    private void plugin(Path reports) {
        new VerdictReportPlugin(reports, Scenarios.fixtureList(), new PrintStream(console, true, StandardCharsets.UTF_8))
                .setEventPublisher(events);
    }

    private void finished(TestCase testCase, Status status, Throwable error, String findingJson) {
        events.publish(new TestCaseStarted(T0, testCase));
        events.publish(new TestStepFinished(T0, testCase, step("When ", "a client sends a request"),
                new Result(status, Duration.ofMillis(5), error)));
        if (findingJson != null) {
            events.publish(new EmbedEvent(T0, testCase, findingJson.getBytes(StandardCharsets.UTF_8),
                    Finding.MEDIA_TYPE, "finding"));
        }
        events.publish(new EmbedEvent(T0, testCase, "POST /mcp".getBytes(StandardCharsets.UTF_8), "text/plain",
                "HTTP exchange 1: POST http://localhost/mcp"));
        events.publish(new TestCaseFinished(T0, testCase, new Result(status, Duration.ofMillis(5), error)));
    }
}

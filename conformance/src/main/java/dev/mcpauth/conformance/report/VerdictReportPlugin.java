package dev.mcpauth.conformance.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.mcpauth.conformance.mcp.Revision;
import dev.mcpauth.conformance.revision.RunPart;
import dev.mcpauth.conformance.targets.HarnessSettings;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepFinished;

/**
 * Cucumber plugin that turns scenario results into conformance verdicts, prints them as the suite runs, and writes
 * {@code index.html}, {@code coverage.html} and {@code summary.json} into the reports directory when it ends.
 * Register it as {@code dev.mcpauth.conformance.report.VerdictReportPlugin:<reports directory>}.
 */
public final class VerdictReportPlugin implements ConcurrentEventListener {

    static final String BUNDLED_TARGET = "bundled reference server";

    /** The results of each reports directory, shared by the runs of its revisions (one Cucumber run each). */
    private static final Map<Path, RunResults> RUNS = new ConcurrentHashMap<>();

    private final RequirementList requirements;
    private final ReportFiles reportFiles;
    private final ConsoleReporter console;
    private final HarnessSettings settings = HarnessSettings.fromSystemProperties();
    private final String revision;
    private final RunPart part = RunPart.current();
    private final RunResults results;
    private final Map<UUID, ScenarioInProgress> running = new ConcurrentHashMap<>();
    /** The scenarios of this Cucumber run alone: the results span every part of the runner's run. */
    private final List<ScenarioResult> partScenarios = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    public VerdictReportPlugin(String reportsDirectory) {
        this(Path.of(reportsDirectory), RequirementList.fromClasspath(classLoader()), System.out);
    }

    VerdictReportPlugin(Path reportsDirectory, RequirementList requirements, PrintStream out) {
        this.requirements = requirements;
        this.reportFiles = new ReportFiles(reportsDirectory);
        this.console = new ConsoleReporter(out);
        // the authorization server's scenarios hold whatever the revision: they carry none
        this.revision = Boolean.getBoolean(HarnessSettings.RUN_ANY_REVISION) ? ""
                : settings.runRevision().map(Revision::label).orElse("");
        Path key = reportsDirectory.toAbsolutePath().normalize();
        this.results = part.isFirst() ? new RunResults() : RUNS.computeIfAbsent(key, directory -> new RunResults());
        RUNS.put(key, results);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> results.started(event.getInstant()));
        publisher.registerHandlerFor(TestCaseStarted.class, event -> scenario(event.getTestCase()));
        publisher.registerHandlerFor(TestStepFinished.class, event -> scenario(event.getTestCase())
                .stepFinished(describe(event.getTestStep()), event.getResult().getStatus(), event.getResult().getError()));
        publisher.registerHandlerFor(EmbedEvent.class, event -> scenario(event.getTestCase())
                .attached(event.getMediaType(), event.getData()));
        publisher.registerHandlerFor(TestCaseFinished.class, this::scenarioFinished);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private ScenarioInProgress scenario(TestCase testCase) {
        return running.computeIfAbsent(testCase.getId(), id -> new ScenarioInProgress(testCase.getName(),
                testCase.getUri(), testCase.getLocation().getLine(), ScenarioTags.parse(testCase.getTags()), revision));
    }

    private void scenarioFinished(TestCaseFinished event) {
        ScenarioResult result = scenario(event.getTestCase())
                .finish(event.getResult().getStatus(), event.getResult().getError());
        running.remove(event.getTestCase().getId());
        results.add(result);
        partScenarios.add(result);
        console.scenarioFinished(result);
    }

    /** The authorization server's scenarios run once each, on the wire of the newest revision that holds them. */
    private String partLabel() {
        if (!revision.isEmpty()) {
            return "Revision " + revision;
        }
        return "Authorization server" + settings.runRevision().map(wire -> " (on the " + wire.label() + " wire)")
                .orElse("");
    }

    private void runFinished(TestRunFinished event) {
        List<String> revisions = settings.runRevisions().stream().map(Revision::label).toList();
        RunSummary summary = results.summarize(requirements, target(), event.getInstant(),
                revisions.isEmpty() && !revision.isEmpty() ? List.of(revision) : revisions,
                settings.runRevisionsHow());
        if (!part.isLast()) {
            console.partFinished(List.copyOf(partScenarios), partLabel());
            reportFiles.write(summary);
            return;
        }
        console.staleExpectedFailures(dev.mcpauth.conformance.verdict.ExpectedFailureLedger.staleEntries());
        try {
            console.runFinished(summary, reportFiles.write(summary));
        } catch (RuntimeException e) {
            console.runFinished(summary, List.of());
            throw e;
        }
    }

    private static String target() {
        return HarnessSettings.fromSystemProperties().serverUrl().orElse(BUNDLED_TARGET);
    }

    private static String describe(TestStep step) {
        if (step instanceof PickleStepTestStep pickleStep) {
            return pickleStep.getStep().getKeyword().strip() + " " + pickleStep.getStep().getText();
        }
        if (step instanceof HookTestStep hook) {
            return hook.getHookType() + " hook " + step.getCodeLocation();
        }
        return step.getCodeLocation();
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : VerdictReportPlugin.class.getClassLoader();
    }
}

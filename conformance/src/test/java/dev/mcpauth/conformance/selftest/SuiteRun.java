package dev.mcpauth.conformance.selftest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mcpauth.conformance.RevisionRuns;
import dev.mcpauth.conformance.targets.HarnessSettings;
import org.junit.platform.engine.TestExecutionResult;

/** Runs the conformance features against a given server URL and tells which requirements failed. */
public final class SuiteRun {

    /** One scenario's outcome, with its tags (requirement IDs, level, spec version). */
    public record Outcome(String scenario, Set<String> tags, TestExecutionResult.Status status, String message) {
    }

    private final List<Outcome> outcomes = new ArrayList<>();
    private java.nio.file.Path reports;
    private String serverRevisions = "";

    private SuiteRun() {
    }

    public static SuiteRun against(String mcpUrl) {
        return against(mcpUrl, Map.of());
    }

    /** Runs every feature against {@code mcpUrl}, with further harness settings as system properties. */
    public static SuiteRun against(String mcpUrl, Map<String, String> settings) {
        return against(mcpUrl, settings, "features");
    }

    /** Runs the features of one package (such as {@code features.server}) against {@code mcpUrl}. */
    public static SuiteRun against(String mcpUrl, Map<String, String> settings, String featurePackage) {
        Map<String, String> properties = new java.util.HashMap<>(settings);
        properties.put(HarnessSettings.SERVER_URL, mcpUrl);
        return run(properties, featurePackage);
    }

    /** Runs the client features (against their own stubs), with the client and spec version the settings name. */
    public static SuiteRun clientFeatures(Map<String, String> settings) {
        return run(settings, "features.client");
    }

    /**
     * Runs through the revision runner. Without a revision named, self-tests run in 2025-11-25, which holds every
     * 2025-06-18 scenario whose rule still holds; a test of a 2026-07-28 check names 2026-07-28.
     */
    private static SuiteRun run(Map<String, String> properties, String featurePackage) {
        try {
            SuiteRun run = new SuiteRun();
            run.reports = java.nio.file.Files.createTempDirectory("suite-run-reports-");
            Map<String, String> withRevision = new java.util.HashMap<>(properties);
            withRevision.putIfAbsent(HarnessSettings.SPEC_VERSION, "2025-11-25");
            RevisionRuns runs = RevisionRuns.run(withRevision, new RevisionRuns.Plan(featurePackage,
                    !featurePackage.startsWith("features.client"), featurePackage.startsWith("features.client"),
                    part -> "dev.mcpauth.conformance.report.VerdictReportPlugin:" + run.reports));
            if (runs.serverRevisions() != null) {
                run.serverRevisions = runs.serverRevisions().labels();
            }
            runs.outcomes().forEach(outcome -> run.outcomes.add(new Outcome(outcome.name(), outcome.tags(),
                    outcome.status(), outcome.message())));
            return run;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The revisions the server features ran in, such as {@code 2025-06-18, 2025-11-25}; empty when none ran. */
    public String serverRevisions() {
        return serverRevisions;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Scenarios that did not pass, with their status and message, for assertion messages. */
    public String describeProblems() {
        StringBuilder text = new StringBuilder();
        outcomes.stream().filter(outcome -> outcome.status() != TestExecutionResult.Status.SUCCESSFUL)
                .forEach(outcome -> text.append(outcome.status()).append(' ').append(outcome.tags()).append(' ')
                        .append(outcome.scenario()).append(": ").append(outcome.message()).append('\n'));
        return text.toString();
    }

    /** Requirement IDs (tags such as AUTH-PRM-04) of the scenarios that failed. */
    public Set<String> failedRequirements() {
        return outcomes.stream().filter(outcome -> outcome.status() == TestExecutionResult.Status.FAILED)
                .flatMap(outcome -> outcome.tags().stream())
                .filter(tag -> tag.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+") && !tag.equals("MUST-NOT")
                        && !tag.equals("SHOULD-NOT"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The tags of the scenarios that passed. */
    public java.util.List<Set<String>> passedScenarios() {
        return outcomes.stream().filter(outcome -> outcome.status() == TestExecutionResult.Status.SUCCESSFUL)
                .map(Outcome::tags).toList();
    }

    /** Requirement IDs whose verdict in the run's summary is {@code verdict} (e.g. WARN, EXPECTED_FAIL). */
    public Set<String> requirementsWithVerdict(String verdict) {
        try {
            tools.jackson.databind.JsonNode summary = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(java.nio.file.Files.readAllBytes(reports.resolve("summary.json")));
            Set<String> ids = new java.util.TreeSet<>();
            summary.path("requirements").forEach(requirement -> {
                if (verdict.equals(requirement.path("verdict").asString(""))) {
                    ids.add(requirement.path("id").asString(""));
                }
            });
            return ids;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the run wrote no summary.json", e);
        }
    }

}

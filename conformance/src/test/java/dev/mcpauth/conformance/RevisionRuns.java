package dev.mcpauth.conformance;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.mcpauth.conformance.mcp.Revision;
import dev.mcpauth.conformance.revision.DetectedRevisions;
import dev.mcpauth.conformance.revision.RevisionScope;
import dev.mcpauth.conformance.revision.RevisionSelection;
import dev.mcpauth.conformance.revision.RunPart;
import dev.mcpauth.conformance.targets.HarnessSettings;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the features once per revision: the server features in every revision {@code -Dmcp.spec.version} selects
 * ({@code auto}: those the server speaks), the client features in the revisions their stubs serve. Each run is one
 * Cucumber run with that revision's wire and only that revision's scenarios (derived from the requirement list);
 * the reports add the runs up into one, with a column per revision.
 */
public final class RevisionRuns {

    /** One scenario's outcome in one revision, with its tags (requirement IDs, level, spec version). */
    public record Outcome(Revision revision, String scenario, Set<String> tags, TestExecutionResult.Status status,
            String message) {

        /** The scenario's name with its revision, as the JUnit reports show it. */
        public String name() {
            return "[" + revision + "] " + scenario;
        }
    }

    /**
     * What to run: the features of a package, the server features (not tagged {@code @client}) and/or the client
     * features, and the Cucumber plugins of one revision's run (named by its part, such as
     * {@code server-2026-07-28}).
     */
    public record Plan(String featurePackage, boolean serverFeatures, boolean clientFeatures,
            Function<String, String> plugins) {
    }

    private record Part(Revision revision, boolean clients) {

        String name() {
            return (clients ? "client-" : "server-") + revision;
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();
    private DetectedRevisions serverRevisions;
    private DetectedRevisions clientRevisions;

    private RevisionRuns() {
    }

    /** Runs the plan with {@code properties} as system properties for its duration. */
    public static synchronized RevisionRuns run(Map<String, String> properties, Plan plan) {
        Map<String, String> previous = new HashMap<>();
        properties.forEach((name, value) -> previous.put(name, System.getProperty(name)));
        List.of(HarnessSettings.RUN_REVISION, HarnessSettings.RUN_REVISIONS, HarnessSettings.RUN_REVISIONS_HOW,
                RunPart.PROPERTY).forEach(name -> previous.put(name, System.getProperty(name)));
        properties.forEach(System::setProperty);
        try {
            RevisionRuns runs = new RevisionRuns();
            runs.runAll(plan);
            return runs;
        } finally {
            previous.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    private void runAll(Plan plan) {
        HarnessSettings settings = HarnessSettings.fromSystemProperties();
        boolean servers = plan.serverFeatures();
        boolean clients = plan.clientFeatures();
        serverRevisions = servers ? RevisionSelection.forServer(settings) : null;
        clientRevisions = clients ? RevisionSelection.forClients(settings) : null;
        List<Part> parts = new ArrayList<>();
        if (servers) {
            serverRevisions.revisions().forEach(revision -> parts.add(new Part(revision, false)));
        }
        if (clients) {
            clientRevisions.revisions().forEach(revision -> parts.add(new Part(revision, true)));
        }
        System.setProperty(HarnessSettings.RUN_REVISIONS, parts.stream().map(Part::revision).distinct().sorted()
                .map(Revision::label).collect(Collectors.joining(",")));
        System.setProperty(HarnessSettings.RUN_REVISIONS_HOW, how());
        RevisionScope scope = RevisionScope.ofRequirementList();
        for (int index = 0; index < parts.size(); index++) {
            Part part = parts.get(index);
            System.setProperty(HarnessSettings.RUN_REVISION, part.revision().label());
            System.setProperty(RunPart.PROPERTY, new RunPart(index + 1, parts.size()).text());
            String side = part.clients() ? "@client" : "not @client";
            String ofRevision = scope.tagExpression(part.revision());
            launch(plan, part, ofRevision.isEmpty() ? side : side + " and " + ofRevision);
        }
    }

    private String how() {
        List<String> how = new ArrayList<>();
        if (serverRevisions != null) {
            how.add("server " + serverRevisions.how());
        }
        if (clientRevisions != null) {
            how.add("client features " + (clientRevisions.revisions().isEmpty() ? "not run: " : "in "
                    + clientRevisions.labels() + ", ") + clientRevisions.how());
        }
        return String.join("; ", how);
    }

    private void launch(Plan plan, Part part, String tagExpression) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(plan.featurePackage()))
                .configurationParameter("cucumber.glue", "dev.mcpauth.conformance.steps")
                .configurationParameter("cucumber.plugin", plan.plugins().apply(part.name()))
                .configurationParameter("cucumber.filter.tags", tagExpression)
                .filters(EngineFilter.includeEngines("cucumber"))
                .build();
        LauncherFactory.create().execute(request, listener(part.revision()));
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** The revisions the server features ran in and how they were found; null when none ran. */
    public DetectedRevisions serverRevisions() {
        return serverRevisions;
    }

    /** Requirement IDs of the scenarios that failed, in any revision. */
    public Set<String> failedRequirements() {
        return outcomes.stream().filter(outcome -> outcome.status() == TestExecutionResult.Status.FAILED)
                .flatMap(outcome -> outcome.tags().stream())
                .filter(tag -> tag.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+") && !tag.equals("MUST-NOT")
                        && !tag.equals("SHOULD-NOT"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private TestExecutionListener listener(Revision revision) {
        return new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                // a failed container carries run-level failures, such as stale expected failures
                if (identifier.isTest() || result.getStatus() == TestExecutionResult.Status.FAILED) {
                    outcomes.add(new Outcome(revision, identifier.getDisplayName(),
                            identifier.getTags().stream().map(TestTag::getName).collect(Collectors.toSet()),
                            result.getStatus(), result.getThrowable().map(Throwable::getMessage).orElse("")));
                }
            }
        };
    }
}

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

        /** The scenario's name with its revision (none for the authorization server), as JUnit shows it. */
        public String name() {
            return revision == null ? "[authorization server] " + scenario : "[" + revision + "] " + scenario;
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

    /** Who the features of a part test: the authorization server is tested once, whatever the revision. */
    private enum Side { AUTHORIZATION_SERVER, SERVER, CLIENT }

    private record Part(Revision revision, Side side, String tagExpression) {

        String name() {
            return switch (side) {
                case AUTHORIZATION_SERVER -> "authorization-server-" + revision;
                case SERVER -> "server-" + revision;
                case CLIENT -> "client-" + revision;
            };
        }
    }

    private static final String USER_TAGS = "cucumber.filter.tags";
    /** The tag of the features about the authorization server, which speaks no MCP revision. */
    private static final String AUTHORIZATION_SERVER = "@authorization-server";

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
                HarnessSettings.RUN_ANY_REVISION, RunPart.PROPERTY).forEach(name -> previous.put(name, System.getProperty(name)));
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
        RevisionScope scope = RevisionScope.ofRequirementList();
        List<Part> parts = new ArrayList<>();
        if (servers) {
            parts.addAll(authorizationServerParts(scope, serverRevisions.revisions()));
            serverRevisions.revisions().forEach(revision -> parts.add(new Part(revision, Side.SERVER,
                    and("not @client and not " + AUTHORIZATION_SERVER, scope.tagExpression(revision)))));
        }
        if (clients) {
            clientRevisions.revisions().forEach(revision -> parts.add(new Part(revision, Side.CLIENT,
                    and("@client", scope.tagExpression(revision)))));
        }
        System.setProperty(HarnessSettings.RUN_REVISIONS, parts.stream().map(Part::revision).distinct().sorted()
                .map(Revision::label).collect(Collectors.joining(",")));
        System.setProperty(HarnessSettings.RUN_REVISIONS_HOW, how());
        // the user's own filter (-Dcucumber.filter.tags) narrows every revision's run
        String userTags = System.getProperty(USER_TAGS);
        for (int index = 0; index < parts.size(); index++) {
            Part part = parts.get(index);
            System.setProperty(HarnessSettings.RUN_REVISION, part.revision().label());
            System.setProperty(HarnessSettings.RUN_ANY_REVISION,
                    String.valueOf(part.side() == Side.AUTHORIZATION_SERVER));
            System.setProperty(RunPart.PROPERTY, new RunPart(index + 1, parts.size()).text());
            launch(plan, part, userTags == null || userTags.isBlank() ? part.tagExpression()
                    : and("(" + userTags + ")", part.tagExpression()));
        }
    }

    /**
     * The authorization server speaks no MCP revision: each of its scenarios runs once, in the newest revision whose
     * scope holds it (its discovery reads the MCP server's challenge on that revision's wire), and counts for every
     * revision its requirements hold in.
     */
    private static List<Part> authorizationServerParts(RevisionScope scope, List<Revision> revisions) {
        List<Part> parts = new ArrayList<>();
        List<String> newer = new ArrayList<>();
        for (int index = revisions.size() - 1; index >= 0; index--) {
            Revision revision = revisions.get(index);
            String inScope = scope.tagExpression(revision);
            String expression = and(AUTHORIZATION_SERVER, inScope);
            for (String newerScope : newer) {
                expression = and(expression, "not (" + newerScope + ")");
            }
            if (newer.stream().noneMatch(String::isEmpty)) {
                parts.add(new Part(revision, Side.AUTHORIZATION_SERVER, expression));
            }
            newer.add(inScope);
        }
        return parts;
    }

    private static String and(String left, String right) {
        return right.isEmpty() ? left : left + " and " + right;
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
        LauncherFactory.create().execute(request, listener(part.side() == Side.AUTHORIZATION_SERVER ? null
                : part.revision()));
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

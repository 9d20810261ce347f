package dev.mcpauth.conformance.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mcpauth.conformance.targets.HarnessSettings;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs the conformance features against a given server URL and tells which requirements failed. */
public final class SuiteRun {

    /** One scenario's outcome, with its tags (requirement IDs, level, spec version). */
    public record Outcome(String scenario, Set<String> tags, TestExecutionResult.Status status, String message) {
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    private SuiteRun() {
    }

    public static synchronized SuiteRun against(String mcpUrl) {
        String previous = System.getProperty(HarnessSettings.SERVER_URL);
        System.setProperty(HarnessSettings.SERVER_URL, mcpUrl);
        try {
            SuiteRun run = new SuiteRun();
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectPackage("features"))
                    .configurationParameter("cucumber.glue", "dev.mcpauth.conformance.steps")
                    .configurationParameter("cucumber.plugin", "summary")
                    .filters(org.junit.platform.launcher.EngineFilter.includeEngines("cucumber"))
                    .build();
            LauncherFactory.create().execute(request, run.listener());
            return run;
        } finally {
            if (previous == null) {
                System.clearProperty(HarnessSettings.SERVER_URL);
            } else {
                System.setProperty(HarnessSettings.SERVER_URL, previous);
            }
        }
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Requirement IDs (tags such as AUTH-PRM-04) of the scenarios that failed. */
    public Set<String> failedRequirements() {
        return outcomes.stream().filter(outcome -> outcome.status() == TestExecutionResult.Status.FAILED)
                .flatMap(outcome -> outcome.tags().stream())
                .filter(tag -> tag.matches("[A-Z0-9]+(-[A-Z0-9]+)+") && !tag.equals("MUST"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private TestExecutionListener listener() {
        return new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                if (identifier.isTest()) {
                    outcomes.add(new Outcome(identifier.getDisplayName(),
                            identifier.getTags().stream().map(TestTag::getName).collect(Collectors.toSet()),
                            result.getStatus(),
                            result.getThrowable().map(Throwable::getMessage).orElse("")));
                }
            }
        };
    }
}

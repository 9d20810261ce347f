package dev.mcpauth.conformance.report;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Scenario results and run summaries for the report tests, without running Cucumber. */
final class Scenarios {

    static final Instant STARTED = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant FINISHED = Instant.parse("2026-11-26T10:00:12.500Z");

    private Scenarios() {
    }

    static ScenarioResult scenario(String name, Verdict verdict, String reason, Level level, String... ids) {
        return scenarioAt(name, 3, verdict, reason, level, ids);
    }

    static ScenarioResult scenarioAt(String name, int line, Verdict verdict, String reason, Level level,
            String... ids) {
        return new ScenarioResult(name, URI.create("classpath:features/server/example.feature"), line, List.of(ids),
                level, List.of("2025-06-18"), verdict, reason, List.of());
    }

    static RequirementList fixtureList() {
        return RequirementList.fromClasspath(new ClassLoader(Scenarios.class.getClassLoader()) {
            @Override
            public java.net.URL getResource(String name) {
                return RequirementList.RESOURCE.equals(name)
                        ? Scenarios.class.getResource("requirements.tsv") : null;
            }
        });
    }

    static RunSummary summary(RequirementList list, ScenarioResult... scenarios) {
        RunResults results = new RunResults();
        results.started(STARTED);
        for (ScenarioResult scenario : scenarios) {
            results.add(scenario);
        }
        return results.summarize(list, "https://mcp.example.test/mcp", FINISHED);
    }
}

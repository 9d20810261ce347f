package dev.mcpauth.conformance.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the verdicts of a run and aggregates them per requirement. Scenarios may finish on several threads, so
 * every access is synchronised.
 */
public final class RunResults {

    private final List<ScenarioResult> scenarios = new ArrayList<>();
    private Instant startedAt;

    /** The first start counts: the runs of several revisions add up to one run. */
    public synchronized void started(Instant instant) {
        if (startedAt == null) {
            startedAt = instant;
        }
    }

    public synchronized void add(ScenarioResult scenario) {
        scenarios.add(scenario);
    }

    /**
     * The run as the reports show it: listed requirements in list order, then IDs that only tags name, sorted;
     * scenarios in feature and line order.
     */
    public synchronized RunSummary summarize(RequirementList list, String target, Instant finishedAt) {
        return summarize(list, target, finishedAt, List.of(), "");
    }

    /** The run of these revisions, {@code how} saying how they were chosen. */
    public synchronized RunSummary summarize(RequirementList list, String target, Instant finishedAt,
            List<String> revisions, String how) {
        List<ScenarioResult> ordered = scenarios.stream()
                .sorted(Comparator.comparing(ScenarioResult::revision)
                        .thenComparing((ScenarioResult scenario) -> String.valueOf(scenario.featureUri()))
                        .thenComparingInt(ScenarioResult::line))
                .toList();
        Map<String, List<ScenarioResult>> byRequirement = new LinkedHashMap<>();
        for (ScenarioResult scenario : ordered) {
            scenario.requirementIds().forEach(id -> byRequirement.computeIfAbsent(id, key -> new ArrayList<>())
                    .add(scenario));
        }
        List<RequirementResult> requirements = new ArrayList<>();
        for (RequirementRow row : list.rows()) {
            requirements.add(RequirementResult.of(row, true, byRequirement.getOrDefault(row.id(), List.of())));
        }
        byRequirement.keySet().stream().filter(id -> list.find(id).isEmpty()).sorted().forEach(id -> {
            List<ScenarioResult> checks = byRequirement.get(id);
            requirements.add(RequirementResult.of(RequirementRow.unlisted(id, checks.get(0).level()), false, checks));
        });
        Instant start = startedAt != null ? startedAt : finishedAt;
        return new RunSummary(target, start, finishedAt, ordered, requirements, list.isPresent(), revisions, how);
    }
}

package dev.mcpauth.conformance.report;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the reports show about one run, aggregated and frozen. A run tests one or more MCP revisions
 * ({@code revisions}, oldest first; {@code revisionsHow} says how they were chosen or detected); its scenarios carry
 * the revision they ran in.
 */
public record RunSummary(String target, Instant startedAt, Instant finishedAt, List<ScenarioResult> scenarios,
        List<RequirementResult> requirements, boolean requirementListFound, List<String> revisions,
        String revisionsHow) {

    public RunSummary {
        scenarios = List.copyOf(scenarios);
        requirements = List.copyOf(requirements);
        revisions = List.copyOf(revisions);
        revisionsHow = revisionsHow == null ? "" : revisionsHow;
    }

    public RunSummary(String target, Instant startedAt, Instant finishedAt, List<ScenarioResult> scenarios,
            List<RequirementResult> requirements, boolean requirementListFound) {
        this(target, startedAt, finishedAt, scenarios, requirements, requirementListFound, List.of(), "");
    }

    /** The line saying which revisions were tested and how they were found; empty when the run did not say. */
    public String revisionsLine() {
        return revisions.isEmpty() ? "" : "Revisions: " + String.join(", ", revisions)
                + (revisionsHow.isEmpty() ? "" : " (" + revisionsHow + ")");
    }

    /** Scenarios per verdict in one revision, every scenario verdict present. */
    public Map<Verdict, Integer> scenarioTotals(String revision) {
        return count(scenarios.stream().filter(scenario -> scenario.revision().equals(revision))
                .map(ScenarioResult::verdict).toList(), Verdict.OF_SCENARIOS);
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    /** Scenarios per verdict, every scenario verdict present, worst first. */
    public Map<Verdict, Integer> scenarioTotals() {
        return count(scenarios.stream().map(ScenarioResult::verdict).toList(), Verdict.OF_SCENARIOS);
    }

    /** Scenarios per level and verdict, every level and scenario verdict present. */
    public Map<Level, Map<Verdict, Integer>> scenarioTotalsByLevel() {
        Map<Level, Map<Verdict, Integer>> byLevel = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            byLevel.put(level, count(scenarios.stream().filter(scenario -> scenario.level() == level)
                    .map(ScenarioResult::verdict).toList(), Verdict.OF_SCENARIOS));
        }
        return byLevel;
    }

    /** Requirements per verdict, every verdict present. */
    public Map<Verdict, Integer> requirementTotals() {
        return count(requirements.stream().map(RequirementResult::verdict).toList(), List.of(Verdict.values()));
    }

    /** IDs of the requirements with this verdict, sorted. */
    public List<String> requirementIds(Verdict verdict) {
        return requirements.stream().filter(requirement -> requirement.verdict() == verdict)
                .map(RequirementResult::id).sorted().toList();
    }

    /** IDs that scenario tags name but the requirement list does not, sorted. */
    public List<String> unlistedRequirementIds() {
        return requirements.stream().filter(requirement -> !requirement.listed()).map(RequirementResult::id)
                .sorted().toList();
    }

    private static Map<Verdict, Integer> count(List<Verdict> verdicts, List<Verdict> keys) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        keys.forEach(verdict -> counts.put(verdict, 0));
        verdicts.forEach(verdict -> counts.merge(verdict, 1, Integer::sum));
        return counts;
    }
}

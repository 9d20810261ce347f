package dev.mcpauth.conformance.report;

import java.util.List;

/**
 * A requirement with the scenarios of this run that checked it and its verdict. {@code listed} is false for an ID
 * that only a scenario tag names: the requirement list is missing a row.
 */
public record RequirementResult(RequirementRow row, boolean listed, List<ScenarioResult> scenarios, Verdict verdict) {

    public RequirementResult {
        scenarios = List.copyOf(scenarios);
    }

    static RequirementResult of(RequirementRow row, boolean listed, List<ScenarioResult> scenarios) {
        Verdict verdict = scenarios.isEmpty() ? row.verdictWithoutScenarios()
                : Verdict.worst(scenarios.stream().map(ScenarioResult::verdict).toList());
        return new RequirementResult(row, listed, scenarios, verdict);
    }

    /**
     * The verdict in one revision: empty when the requirement does not hold there, else the worst of that
     * revision's scenarios and of those that hold in any revision (the authorization server's), else what a
     * requirement without scenarios counts as.
     */
    public java.util.Optional<Verdict> verdictIn(String revision) {
        boolean holds = dev.mcpauth.conformance.mcp.Revision.fromLabel(revision).map(row::holdsIn).orElse(true);
        if (!holds) {
            return java.util.Optional.empty();
        }
        List<Verdict> verdicts = scenarios.stream()
                .filter(scenario -> scenario.revision().equals(revision) || scenario.revision().isEmpty())
                .map(ScenarioResult::verdict).toList();
        return java.util.Optional.of(verdicts.isEmpty() ? row.verdictWithoutScenarios() : Verdict.worst(verdicts));
    }

    public String id() {
        return row.id();
    }
}

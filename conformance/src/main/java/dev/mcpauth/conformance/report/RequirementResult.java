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

    public String id() {
        return row.id();
    }
}

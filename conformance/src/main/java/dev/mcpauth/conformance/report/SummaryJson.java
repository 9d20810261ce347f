package dev.mcpauth.conformance.report;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code summary.json}: the run's verdicts for CI scripts and other tools. */
public final class SummaryJson {

    private final JsonMapper json = JsonMapper.builder().build();

    public String render(RunSummary summary) {
        ObjectNode root = json.createObjectNode();
        root.put("target", summary.target());
        root.put("startedAt", summary.startedAt().toString());
        root.put("finishedAt", summary.finishedAt().toString());
        root.put("durationSeconds", summary.duration().toMillis() / 1000.0);
        root.put("requirementListFound", summary.requirementListFound());
        strings(root.putArray("revisions"), summary.revisions());
        root.put("revisionsDetected", summary.revisionsHow());
        ObjectNode byRevision = root.putObject("byRevision");
        summary.revisions().forEach(revision -> counts(byRevision.putObject(revision), summary.scenarioTotals(revision)));
        counts(root.putObject("totals"), summary.scenarioTotals());
        ObjectNode byLevel = root.putObject("byLevel");
        summary.scenarioTotalsByLevel().forEach((level, counts) -> counts(byLevel.putObject(level.label()), counts));
        counts(root.putObject("requirementTotals"), summary.requirementTotals());
        strings(root.putArray("failedRequirements"), summary.requirementIds(Verdict.FAIL));
        strings(root.putArray("warnedRequirements"), summary.requirementIds(Verdict.WARN));
        ArrayNode scenarios = root.putArray("scenarios");
        summary.scenarios().forEach(scenario -> scenario(scenarios.addObject(), scenario));
        ArrayNode requirements = root.putArray("requirements");
        summary.requirements().forEach(requirement -> requirement(requirements.addObject(), requirement,
                summary.revisions()));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void scenario(ObjectNode node, ScenarioResult scenario) {
        node.put("name", scenario.name());
        node.put("uri", String.valueOf(scenario.featureUri()));
        node.put("line", scenario.line());
        strings(node.putArray("requirements"), scenario.requirementIds());
        node.put("level", scenario.level().label());
        strings(node.putArray("specVersions"), scenario.specVersions());
        node.put("revision", scenario.revision());
        node.put("verdict", scenario.verdict().name());
        if (scenario.reason().isEmpty()) {
            node.putNull("reason");
        } else {
            node.put("reason", scenario.reason());
        }
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : scenario.findings()) {
            ObjectNode entry = findings.addObject();
            entry.put("verdict", finding.verdict().name());
            strings(entry.putArray("requirements"), finding.requirements());
            entry.put("message", finding.message());
        }
    }

    private static void requirement(ObjectNode node, RequirementResult requirement, List<String> revisions) {
        RequirementRow row = requirement.row();
        node.put("id", row.id());
        node.put("level", row.level().label());
        node.put("actor", row.actor());
        node.put("source", row.source());
        node.put("requirement", row.requirement());
        node.put("test", row.test());
        node.put("listed", requirement.listed());
        ArrayNode scenarios = node.putArray("scenarios");
        for (ScenarioResult scenario : requirement.scenarios()) {
            ObjectNode entry = scenarios.addObject();
            entry.put("name", scenario.name());
            entry.put("revision", scenario.revision());
            entry.put("verdict", scenario.verdict().name());
        }
        node.put("verdict", requirement.verdict().name());
        // null where the requirement does not hold in that revision
        ObjectNode byRevision = node.putObject("revisions");
        revisions.forEach(revision -> requirement.verdictIn(revision).ifPresentOrElse(
                verdict -> byRevision.put(revision, verdict.name()), () -> byRevision.putNull(revision)));
    }

    private static void counts(ObjectNode node, Map<Verdict, Integer> counts) {
        counts.forEach((verdict, count) -> node.put(verdict.name(), count));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}

package dev.mcpauth.conformance.report;

import java.net.URI;
import java.util.List;

/**
 * One scenario's verdict in one MCP revision. {@code reason} says why it is not a plain PASS (the SKIPPED reason,
 * the failure message, the findings' messages) and is empty for a PASS. {@code revision} is the revision whose wire
 * the scenario ran on (empty when the run did not say).
 */
public record ScenarioResult(String name, URI featureUri, int line, List<String> requirementIds, Level level,
        List<String> specVersions, Verdict verdict, String reason, List<Finding> findings, String revision) {

    public ScenarioResult(String name, URI featureUri, int line, List<String> requirementIds, Level level,
            List<String> specVersions, Verdict verdict, String reason, List<Finding> findings) {
        this(name, featureUri, line, requirementIds, level, specVersions, verdict, reason, findings, "");
    }

    public ScenarioResult {
        if (!verdict.ofScenario()) {
            throw new IllegalArgumentException(verdict + " is not a scenario verdict");
        }
        requirementIds = List.copyOf(requirementIds);
        specVersions = List.copyOf(specVersions);
        reason = reason == null ? "" : reason;
        findings = List.copyOf(findings);
        revision = revision == null ? "" : revision;
    }

    /** The name with its revision, as JUnit and the console show it: {@code [2026-07-28] name}. */
    public String nameWithRevision() {
        return revision.isEmpty() ? name : "[" + revision + "] " + name;
    }

    /** The first non-blank line of the reason, cut to {@code maxLength} characters. */
    public String reasonHeadline(int maxLength) {
        String headline = reason.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
        return headline.length() <= maxLength ? headline : headline.substring(0, maxLength - 1) + "…";
    }
}

package dev.mcpauth.conformance.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One line per finished scenario while the suite runs, then a summary that fits on one screen. */
public final class ConsoleReporter {

    static final int MAX_REASON_LENGTH = 160;
    private static final int MAX_LISTED_IDS = 40;
    private static final List<Verdict> COLUMNS = List.of(Verdict.PASS, Verdict.FAIL, Verdict.WARN, Verdict.SKIPPED,
            Verdict.EXPECTED_FAIL);

    private final PrintStream out;

    public ConsoleReporter(PrintStream out) {
        this.out = out;
    }

    public void scenarioFinished(ScenarioResult scenario) {
        out.println(progressLine(scenario));
    }

    /** Known gaps that no longer fail; the run fails on them after this summary. */
    public void staleExpectedFailures(java.util.Set<String> stale) {
        if (!stale.isEmpty()) {
            out.println("Stale expected failures (they pass now; remove them from the list): "
                    + String.join(", ", stale));
        }
    }

    /**
     * The counts of one part of the run (a revision, or the authorization server's scenarios of one revision's
     * scope) when more parts follow; the full summary comes after the last. A part that ran nothing says nothing.
     */
    public void partFinished(List<ScenarioResult> partScenarios, String label) {
        if (partScenarios.isEmpty()) {
            return;
        }
        Map<Verdict, Integer> counts = new java.util.EnumMap<>(Verdict.class);
        Verdict.OF_SCENARIOS.forEach(verdict -> counts.put(verdict, 0));
        partScenarios.forEach(scenario -> counts.merge(scenario.verdict(), 1, Integer::sum));
        out.println(label + " done: " + counts(counts) + "\n");
        out.flush();
    }

    public void runFinished(RunSummary summary, List<Path> reports) {
        out.print(summaryText(summary, reports));
        out.flush();
    }

    static String progressLine(ScenarioResult scenario) {
        String ids = scenario.requirementIds().isEmpty() ? "(no requirement ID)"
                : String.join(",", scenario.requirementIds());
        String line = String.format(Locale.ROOT, "  %-13s %-12s %s  %s", scenario.verdict().name(),
                "[" + scenario.level().label() + "]", ids, scenario.nameWithRevision());
        String reason = scenario.reasonHeadline(MAX_REASON_LENGTH);
        return scenario.verdict() == Verdict.PASS || reason.isEmpty() ? line : line + " -- " + reason;
    }

    static String summaryText(RunSummary summary, List<Path> reports) {
        StringBuilder text = new StringBuilder("\n");
        text.append("MCP authorization conformance against ").append(summary.target()).append('\n');
        text.append(String.format(Locale.ROOT, "%s in %.1f s, %s%n", plural(summary.scenarios().size(), "scenario"),
                summary.duration().toMillis() / 1000.0, plural(summary.requirements().size(), "requirement")));
        if (!summary.revisions().isEmpty()) {
            text.append(summary.revisionsLine()).append('\n');
        }
        text.append('\n').append(levelTable(summary)).append('\n');
        if (summary.revisions().size() > 1) {
            text.append(revisionTable(summary)).append('\n');
        }
        if (summary.requirementIds(Verdict.FAIL).isEmpty()) {
            text.append("Failed requirements: none\n");
        }
        idLine(text, "Failed requirements", summary.requirementIds(Verdict.FAIL));
        idLine(text, "Warnings", summary.requirementIds(Verdict.WARN));
        idLine(text, "Expected failures", summary.requirementIds(Verdict.EXPECTED_FAIL));
        idLine(text, "Skipped requirements", summary.requirementIds(Verdict.SKIPPED));
        idLine(text, "Listed, no scenario run", summary.requirementIds(Verdict.NOT_RUN));
        idLine(text, "Listed, pending", summary.requirementIds(Verdict.PENDING));
        idLine(text, "Listed, not testable", summary.requirementIds(Verdict.NOT_TESTABLE));
        idLine(text, "Tagged but not in the list", summary.requirementListFound()
                ? summary.unlistedRequirementIds() : List.of());
        if (!summary.requirementListFound()) {
            text.append("No ").append(RequirementList.RESOURCE)
                    .append(" on the class path: only tagged requirement IDs are reported.\n");
        }
        text.append("\nReports:\n");
        reports.forEach(path -> text.append("  ").append(path).append('\n'));
        return text.toString();
    }

    private static String levelTable(RunSummary summary) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "  %-11s", "level"));
        COLUMNS.forEach(verdict -> table.append(String.format(Locale.ROOT, "  %" + width(verdict) + "s", verdict.name())));
        table.append('\n');
        summary.scenarioTotalsByLevel().forEach((level, counts) -> {
            if (counts.values().stream().anyMatch(count -> count > 0)) {
                row(table, level.label(), counts);
            }
        });
        row(table, "all", summary.scenarioTotals());
        return table.toString();
    }

    private static String revisionTable(RunSummary summary) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "  %-11s", "revision"));
        COLUMNS.forEach(verdict -> table.append(String.format(Locale.ROOT, "  %" + width(verdict) + "s", verdict.name())));
        table.append('\n');
        summary.revisions().forEach(revision -> row(table, revision, summary.scenarioTotals(revision)));
        if (summary.scenarios().stream().anyMatch(scenario -> scenario.revision().isEmpty())) {
            row(table, "AS (any)", summary.scenarioTotals(""));
        }
        return table.toString();
    }

    private static String counts(Map<Verdict, Integer> counts) {
        return String.join(", ", COLUMNS.stream().map(verdict -> counts.get(verdict) + " " + verdict.name())
                .toList());
    }

    private static void row(StringBuilder table, String label, Map<Verdict, Integer> counts) {
        table.append(String.format(Locale.ROOT, "  %-11s", label));
        COLUMNS.forEach(verdict -> table.append(String.format(Locale.ROOT, "  %" + width(verdict) + "d",
                counts.get(verdict))));
        table.append('\n');
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static int width(Verdict column) {
        return Math.max(column.name().length(), 5);
    }

    private static void idLine(StringBuilder text, String title, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> shown = ids.size() <= MAX_LISTED_IDS ? ids : ids.subList(0, MAX_LISTED_IDS);
        text.append(title).append(" (").append(ids.size()).append("): ").append(String.join(", ", shown));
        if (shown.size() < ids.size()) {
            text.append(", … and ").append(ids.size() - shown.size()).append(" more (see coverage.html)");
        }
        text.append('\n');
    }
}

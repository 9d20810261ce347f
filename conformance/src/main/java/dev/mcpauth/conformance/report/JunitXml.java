package dev.mcpauth.conformance.report;

import static dev.mcpauth.conformance.report.HtmlPage.escape;

import java.util.List;
import java.util.Locale;

/**
 * {@code junit/conformance.xml}: one test suite per revision and one test case per scenario, named
 * {@code [revision] scenario}, for CI systems. FAIL is a failure, SKIPPED a skip; WARN and EXPECTED FAIL pass
 * with their message as output, as they do not fail the build.
 */
public final class JunitXml {

    public String render(RunSummary summary) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"")
                .append(escape("MCP authorization conformance – " + summary.target())).append("\">\n");
        List<String> revisions = new java.util.ArrayList<>(summary.revisions());
        if (revisions.isEmpty() || summary.scenarios().stream().anyMatch(scenario -> scenario.revision().isEmpty())) {
            revisions.add("");
        }
        for (String revision : revisions) {
            List<ScenarioResult> scenarios = summary.scenarios().stream()
                    .filter(scenario -> scenario.revision().equals(revision)).toList();
            xml.append("  <testsuite name=\"").append(escape(revision.isEmpty() ? "authorization server (any revision)" : revision))
                    .append("\" tests=\"").append(scenarios.size())
                    .append("\" failures=\"").append(count(scenarios, Verdict.FAIL))
                    .append("\" skipped=\"").append(count(scenarios, Verdict.SKIPPED)).append("\">\n");
            scenarios.forEach(scenario -> testCase(xml, scenario));
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static void testCase(StringBuilder xml, ScenarioResult scenario) {
        String feature = String.valueOf(scenario.featureUri()).replaceFirst("^.*features/", "")
                .replaceFirst("\\.feature$", "").replace('/', '.');
        String classname = scenario.revision().isEmpty() ? feature : scenario.revision() + "." + feature;
        xml.append("    <testcase classname=\"").append(escape(classname)).append("\" name=\"")
                .append(escape(scenario.nameWithRevision() + " " + String.join(" ", scenario.requirementIds())))
                .append("\">");
        String reason = escape(scenario.reason());
        switch (scenario.verdict()) {
            case FAIL -> xml.append("<failure message=\"").append(reason).append("\"/>");
            case SKIPPED -> xml.append("<skipped message=\"").append(reason).append("\"/>");
            case WARN, EXPECTED_FAIL -> xml.append("<system-out>")
                    .append(escape(scenario.verdict().label().toUpperCase(Locale.ROOT) + ": " + scenario.reason()))
                    .append("</system-out>");
            default -> {
            }
        }
        xml.append("</testcase>\n");
    }

    private static long count(List<ScenarioResult> scenarios, Verdict verdict) {
        return scenarios.stream().filter(scenario -> scenario.verdict() == verdict).count();
    }
}

package dev.mcpauth.conformance.report;

import static dev.mcpauth.conformance.report.HtmlPage.badge;
import static dev.mcpauth.conformance.report.HtmlPage.escape;

import java.util.List;

/** {@code index.html}: the landing page of {@code reports/}, with the headline counts and a link to every report. */
public final class IndexPage {

    private record Link(String href, String text, String what) {
    }

    private static final List<Link> LINKS = List.of(
            new Link("coverage.html", "Requirement coverage", "every requirement with its scenarios and verdict"),
            new Link("cucumber/", "Cucumber reports", "one per revision and side (server-2026-07-28/index.html …): "
                    + "every scenario with its steps and HTTP exchanges"),
            new Link("allure/index.html", "Allure report", "the same results with history and timelines"),
            new Link("junit/conformance.xml", "JUnit XML", "for CI systems, one test suite per revision"),
            new Link("summary.json", "summary.json", "the verdicts for scripts"));

    public String render(RunSummary summary) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>MCP authorization conformance</h1>\n").append(HtmlPage.runLine(summary));
        if (!summary.revisions().isEmpty()) {
            body.append("<p class=\"meta\">").append(escape(summary.revisionsLine())).append("</p>\n");
            summary.revisions().forEach(revision -> body.append("<h3>").append(escape(revision)).append("</h3>\n")
                    .append(HtmlPage.counts("scenarios of " + revision, summary.scenarioTotals(revision))));
        }
        body.append("<h2>Requirements</h2>\n").append(HtmlPage.counts("requirements", summary.requirementTotals()));
        body.append("<h2>Scenarios</h2>\n").append(HtmlPage.counts("scenarios", summary.scenarioTotals()));
        body.append("<h2>Reports</h2>\n<ul>\n");
        for (Link link : LINKS) {
            body.append("<li><a href=\"").append(escape(link.href())).append("\">").append(escape(link.text()))
                    .append("</a> <span class=\"muted\">– ").append(escape(link.what())).append("</span></li>\n");
        }
        body.append("</ul>\n");
        requirementList(body, "Failed requirements", summary, Verdict.FAIL, "No requirement failed.");
        requirementList(body, "Warnings", summary, Verdict.WARN, "No warnings.");
        return HtmlPage.document("MCP authorization conformance – " + summary.target(), body.toString());
    }

    /** The requirement's text; for an ID missing from the list, the first scenario that checks it. */
    private static String headline(RequirementResult requirement) {
        if (!requirement.row().requirement().isEmpty() || requirement.scenarios().isEmpty()) {
            return requirement.row().requirement();
        }
        return requirement.scenarios().get(0).name();
    }

    private static void requirementList(StringBuilder body, String title, RunSummary summary, Verdict verdict,
            String whenNone) {
        List<RequirementResult> matching = summary.requirements().stream()
                .filter(requirement -> requirement.verdict() == verdict).toList();
        body.append("<h2>").append(escape(title)).append("</h2>\n");
        if (matching.isEmpty()) {
            body.append("<p class=\"muted\">").append(escape(whenNone)).append("</p>\n");
            return;
        }
        body.append("<ul class=\"plain\">\n");
        for (RequirementResult requirement : matching) {
            String id = escape(requirement.id());
            body.append("<li>").append(badge(verdict)).append(" <a href=\"coverage.html#").append(id).append("\">")
                    .append(id).append("</a> <span class=\"muted\">").append(escape(requirement.row().level().label()))
                    .append("</span> ").append(escape(headline(requirement))).append("</li>\n");
        }
        body.append("</ul>\n");
    }
}

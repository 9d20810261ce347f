package dev.mcpauth.conformance.report;

import static dev.mcpauth.conformance.report.HtmlPage.badge;
import static dev.mcpauth.conformance.report.HtmlPage.escape;

import java.util.regex.Pattern;

/**
 * {@code coverage.html}: every requirement in list order with its level, how it is tested, the scenarios that
 * checked it in this run and its verdict. Each row's {@code id} is the requirement ID, so other pages link to it.
 */
public final class CoverageMatrixPage {

    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://\\S+$");

    public String render(RunSummary summary) {
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"index.html\">← Conformance report</a></p>\n");
        body.append("<h1>Requirement coverage</h1>\n").append(HtmlPage.runLine(summary));
        body.append("<h2>Requirements</h2>\n").append(HtmlPage.counts("requirements", summary.requirementTotals()));
        body.append("<h2>Scenarios</h2>\n").append(HtmlPage.counts("scenarios", summary.scenarioTotals()));
        if (!summary.requirementListFound()) {
            body.append("<p class=\"muted\">No requirement list (")
                    .append(escape(RequirementList.RESOURCE))
                    .append(") was found, so only the requirements named by scenario tags are shown.</p>\n");
        }
        if (!summary.revisions().isEmpty()) {
            body.append("<p class=\"meta\">").append(escape(summary.revisionsLine())).append("</p>\n");
        }
        StringBuilder revisionHeads = new StringBuilder();
        summary.revisions().forEach(revision -> revisionHeads.append("<th class=\"nowrap\">").append(escape(revision))
                .append("</th>"));
        body.append("<table>\n<thead><tr><th>ID</th><th>Level</th><th>Actor</th><th class=\"source\">Source</th><th class=\"text\">Requirement</th>"
                + "<th class=\"text\">How tested</th><th class=\"text\">Scenarios</th><th>Verdict</th>" + revisionHeads
                + "<th class=\"wide\">Reasons and messages</th></tr></thead>\n"
                + "<tbody>\n");
        summary.requirements().forEach(requirement -> row(body, requirement, summary.revisions()));
        body.append("</tbody>\n</table>\n");
        return HtmlPage.document("Requirement coverage – " + summary.target(), body.toString());
    }

    private static void row(StringBuilder body, RequirementResult requirement, java.util.List<String> revisions) {
        RequirementRow row = requirement.row();
        String id = escape(row.id());
        body.append("<tr id=\"").append(id).append("\">")
                .append("<td class=\"id\"><a href=\"#").append(id).append("\">").append(id).append("</a></td>")
                .append("<td class=\"nowrap\">").append(escape(row.level().label())).append("</td>")
                .append("<td class=\"nowrap\">").append(escape(row.actor())).append("</td>")
                .append("<td>").append(source(row.source())).append("</td>")
                .append("<td>").append(escape(row.requirement())).append("</td>")
                .append("<td>").append(escape(row.test())).append("</td>")
                .append("<td>").append(scenarios(requirement)).append("</td>")
                .append("<td class=\"nowrap\">").append(badge(requirement.verdict())).append("</td>");
        // the requirement x revision matrix: a dash where the requirement does not hold in that revision
        revisions.forEach(revision -> body.append("<td class=\"nowrap\">").append(requirement.verdictIn(revision)
                .map(HtmlPage::badge).orElse("<span class=\"muted\" title=\"not part of " + escape(revision)
                        + "\">–</span>")).append("</td>"));
        body.append("<td>").append(notes(requirement)).append("</td>")
                .append("</tr>\n");
    }

    private static String source(String source) {
        if (WEB_ADDRESS.matcher(source).matches()) {
            return "<a href=\"" + escape(source) + "\">" + escape(source) + "</a>";
        }
        return escape(source);
    }

    private static String scenarios(RequirementResult requirement) {
        if (requirement.scenarios().isEmpty()) {
            return "<span class=\"muted\">none in this run</span>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"plain\">");
        for (ScenarioResult scenario : requirement.scenarios()) {
            html.append("<li title=\"").append(escape(scenario.featureUri() + ":" + scenario.line())).append("\">")
                    .append(badge(scenario.verdict())).append(' ').append(escape(scenario.nameWithRevision()))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String notes(RequirementResult requirement) {
        StringBuilder html = new StringBuilder();
        if (!requirement.listed()) {
            html.append("<div class=\"note\">Not in the requirement list: add a row for this ID.</div>");
        }
        for (ScenarioResult scenario : requirement.scenarios()) {
            if (!scenario.reason().isEmpty()) {
                html.append("<div class=\"note\"><strong>").append(escape(scenario.verdict().label()))
                        .append("</strong> (").append(escape(scenario.nameWithRevision())).append("): ")
                        .append(escape(scenario.reason())).append("</div>");
            }
        }
        return html.toString();
    }
}

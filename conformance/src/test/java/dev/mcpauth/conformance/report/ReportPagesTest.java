package dev.mcpauth.conformance.report;

import static dev.mcpauth.conformance.report.Scenarios.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The HTML pages: escaped text, anchors, links, and nothing that needs the network. */
class ReportPagesTest {

    private final RunSummary summary = Scenarios.summary(Scenarios.fixtureList(),
            scenario("Challenge <script>alert(1)</script>", Verdict.FAIL,
                    "Expected \"Bearer\" & got <none>", Level.MUST, "AUTH-PRM-04"),
            scenario("Scope hint", Verdict.WARN, "AUTH-PRM-05: no scope", Level.SHOULD, "AUTH-PRM-05"),
            scenario("Resource matches", Verdict.SKIPPED, "no metadata document", Level.MUST_NOT, "R9728-15"));

    @Test
    void escapeReplacesEveryCharacterThatHtmlGivesMeaning() {
        assertThat(HtmlPage.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
    }

    @Test
    void coverageMatrixEscapesScenarioNamesAndMessages() {
        String html = new CoverageMatrixPage().render(summary);

        assertThat(html).doesNotContain("<script").doesNotContain("<none>")
                .contains("Challenge &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Expected &quot;Bearer&quot; &amp; got &lt;none&gt;");
    }

    @Test
    void coverageMatrixHasOneAnchoredRowPerRequirementInListOrder() {
        String html = new CoverageMatrixPage().render(summary);

        assertThat(html).containsSubsequence("<tr id=\"AUTH-PRM-04\">", "<tr id=\"AUTH-PRM-05\">",
                "<tr id=\"R9728-15\">", "<tr id=\"AUTH-SEC-01\">", "<tr id=\"OA21-AZ-17\">");
        assertThat(html).contains("<span class=\"badge v-fail\">FAIL</span>")
                .contains("<span class=\"badge v-not_testable\">NOT TESTABLE</span>")
                .contains("<span class=\"badge v-pending\">PENDING</span>")
                .contains("no metadata document")
                .contains("<a href=\"https://modelcontextprotocol.io/specification/2025-06-18/basic/authorization"
                        + "#authorization-server-location\">");
    }

    @Test
    void headlineCountsShowEveryScenarioVerdictEvenAtZero() {
        String html = new IndexPage().render(summary);

        assertThat(html).contains("<li class=\"zero\"><strong>0</strong><span class=\"badge v-pass\">PASS</span>")
                .contains("<li><strong>1</strong><span class=\"badge v-fail\">FAIL</span>")
                .doesNotContain("badge v-not_run");
    }

    @Test
    void pagesAreSelfContained() {
        for (String html : new String[] {new CoverageMatrixPage().render(summary), new IndexPage().render(summary)}) {
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("position: sticky")
                    .doesNotContain("<link").doesNotContain("<script").doesNotContain("src=\"http");
        }
    }

    @Test
    void indexLinksEveryReportAndTheFailedAndWarnedRequirements() {
        String html = new IndexPage().render(summary);

        assertThat(html).contains("href=\"cucumber/\"", "href=\"allure/index.html\"", "href=\"junit/conformance.xml\"",
                "href=\"summary.json\"", "href=\"coverage.html\"")
                .contains("href=\"coverage.html#AUTH-PRM-04\"", "href=\"coverage.html#AUTH-PRM-05\"")
                .doesNotContain("coverage.html#R9728-15")
                .contains("https://mcp.example.test/mcp");
    }
}

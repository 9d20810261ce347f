package dev.mcpauth.conformance.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The look shared by the report pages: one self-contained HTML document with inline CSS, so it opens from disk,
 * offline, in any browser.
 */
final class HtmlPage {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0; color: #1f2328; background: #fff; line-height: 1.45;
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1800px; margin: 0 auto; padding: 24px; }
            h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
            a { color: #0969da; }
            .meta { color: #59636e; margin: 0 0 1rem; }
            .counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; margin: .5rem 0 1rem; padding: 0; }
            .counts li { border: 1px solid #d1d9e0; border-radius: 8px; padding: .35rem .6rem; }
            .counts strong { font-size: 1.1rem; margin-right: .35rem; }
            .counts li.zero { opacity: .5; }
            table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: .9rem; }
            th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid #d1d9e0;
              overflow-wrap: anywhere; }
            thead th { position: sticky; top: 0; z-index: 1; background: #eef1f4; border-bottom: 2px solid #afb8c1; }
            tbody tr:nth-child(even) { background: #f6f8fa; }
            tbody tr:target { outline: 2px solid #0969da; outline-offset: -2px; }
            td.nowrap { white-space: nowrap; }
            th.wide { min-width: 12rem; }
            th.text { min-width: 13rem; }
            th.source { min-width: 9rem; }
            td.id { white-space: nowrap; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            ul.plain { list-style: none; margin: 0; padding: 0; }
            ul.plain li + li { margin-top: .3rem; }
            .note { white-space: pre-wrap; font-size: .85rem; }
            .note + .note { margin-top: .4rem; }
            .muted { color: #59636e; }
            .badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .72rem;
              font-weight: 600; letter-spacing: .02em; white-space: nowrap; border: 1px solid transparent; }
            .v-pass { background: #1a7f37; color: #fff; }
            .v-fail { background: #cf222e; color: #fff; }
            .v-warn { background: #f2b705; color: #3b2300; }
            .v-skipped { background: #6e7781; color: #fff; }
            .v-expected_fail { background: #8250df; color: #fff; }
            .v-not_run, .v-pending, .v-not_testable { background: #eaeef2; color: #424a53; border-color: #d1d9e0; }
            """;

    private HtmlPage() {
    }

    static String document(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    /** Text for an element's content or a quoted attribute value. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String badge(Verdict verdict) {
        return "<span class=\"badge v-" + verdict.name().toLowerCase(Locale.ROOT) + "\">" + verdict.label() + "</span>";
    }

    /** The run's target and times, under a page title. */
    static String runLine(RunSummary summary) {
        return "<p class=\"meta\">Target: <strong>" + escape(summary.target()) + "</strong> · finished "
                + TIME.format(summary.finishedAt()) + " · " + String.format(Locale.ROOT, "%.1f",
                summary.duration().toMillis() / 1000.0) + " s</p>\n";
    }

    /**
     * A row of counts with their badges, worst first: every scenario verdict, even at zero (a 0 next to FAIL is news
     * too), and the other verdicts where they occur.
     */
    static String counts(String label, Map<Verdict, Integer> counts) {
        StringBuilder html = new StringBuilder("<ul class=\"counts\" aria-label=\"" + escape(label) + "\">");
        counts.forEach((verdict, count) -> {
            if (count > 0 || verdict.ofScenario()) {
                html.append(count == 0 ? "<li class=\"zero\">" : "<li>").append("<strong>").append(count)
                        .append("</strong>").append(badge(verdict)).append("</li>");
            }
        });
        return html.append("</ul>\n").toString();
    }
}

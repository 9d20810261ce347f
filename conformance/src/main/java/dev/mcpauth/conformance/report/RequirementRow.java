package dev.mcpauth.conformance.report;

import java.util.Locale;

/**
 * One requirement of the project's requirement list. {@code test} describes the test, or starts with
 * {@code not testable: } or {@code pending: } followed by the reason no scenario checks it.
 */
public record RequirementRow(String id, Level level, String actor, String source, String requirement, String test) {

    private static final String NOT_TESTABLE = "not testable:";
    private static final String PENDING = "pending:";

    /** A requirement that a scenario's tags name but the list does not hold. */
    static RequirementRow unlisted(String id, Level level) {
        return new RequirementRow(id, level, "", "", "", "");
    }

    /** What a requirement counts as when no scenario of this run checked it. */
    public Verdict verdictWithoutScenarios() {
        String marker = test.strip().toLowerCase(Locale.ROOT);
        if (marker.startsWith(NOT_TESTABLE)) {
            return Verdict.NOT_TESTABLE;
        }
        if (marker.startsWith(PENDING)) {
            return Verdict.PENDING;
        }
        return Verdict.NOT_RUN;
    }
}

package dev.mcpauth.conformance.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import dev.mcpauth.conformance.mcp.Revision;

/**
 * One requirement of the project's requirement list. {@code test} describes the test, or starts with
 * {@code not testable: } or {@code pending: } followed by the reason no scenario checks it. {@code revisions} are
 * the MCP revisions the requirement holds in.
 */
public record RequirementRow(String id, Level level, String actor, String source, String requirement, String test,
        Set<Revision> revisions) {

    private static final String NOT_TESTABLE = "not testable:";
    private static final String PENDING = "pending:";

    public RequirementRow {
        revisions = revisions.isEmpty() ? EnumSet.noneOf(Revision.class) : EnumSet.copyOf(revisions);
    }

    public RequirementRow(String id, Level level, String actor, String source, String requirement, String test) {
        this(id, level, actor, source, requirement, test, fromIntroduction(id));
    }

    /** A requirement that a scenario's tags name but the list does not hold. */
    static RequirementRow unlisted(String id, Level level) {
        return new RequirementRow(id, level, "", "", "", "");
    }

    /** The revision whose text introduced a row: its ID says so for 2025-11-25 and 2026-07-28 rows. */
    public static Revision introducedIn(String id) {
        if (id.startsWith("V0728-")) {
            return Revision.V2026_07_28;
        }
        return id.startsWith("D1125-") ? Revision.V2025_11_25 : Revision.V2025_06_18;
    }

    /** Every revision from the one that introduced the row on: revisions are cumulative. */
    public static Set<Revision> fromIntroduction(String id) {
        return EnumSet.range(introducedIn(id), Revision.newest());
    }

    public boolean holdsIn(Revision revision) {
        return revisions.contains(revision);
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

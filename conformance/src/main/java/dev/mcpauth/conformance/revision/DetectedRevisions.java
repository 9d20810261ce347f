package dev.mcpauth.conformance.revision;

import java.util.List;
import java.util.stream.Collectors;

import dev.mcpauth.conformance.mcp.Revision;

/**
 * The revisions a run tests, oldest first, and how the harness came to them: the line every report shows.
 *
 * @param revisions the revisions whose scenarios run
 * @param how       how they were chosen (named by the user) or detected (which probe said what)
 */
public record DetectedRevisions(List<Revision> revisions, String how) {

    public DetectedRevisions {
        revisions = revisions.stream().sorted().distinct().toList();
    }

    /** For example {@code 2025-11-25, 2026-07-28}. */
    public String labels() {
        return revisions.stream().map(Revision::label).collect(Collectors.joining(", "));
    }

    /** The line the console and the reports show. */
    public String line() {
        return "Revisions: " + labels() + " (" + how + ")";
    }
}

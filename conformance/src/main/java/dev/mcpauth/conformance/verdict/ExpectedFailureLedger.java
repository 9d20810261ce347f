package dev.mcpauth.conformance.verdict;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What became of each expected-failure entry during the run: whether any scenario it covers ran to a verdict, and
 * whether any of them failed as expected. Kept for the whole run, since staleness is known only at its end.
 */
public final class ExpectedFailureLedger {

    private static final Map<String, Boolean> FAILED_BY_ENTRY = new TreeMap<>();

    private ExpectedFailureLedger() {
    }

    /** Starts a run with an empty ledger (several runs may share a JVM, as in the harness's self-tests). */
    public static synchronized void reset() {
        FAILED_BY_ENTRY.clear();
    }

    /** A scenario covered by {@code entries} ended; {@code failed} tells whether one of its checks failed. */
    public static synchronized void record(Set<String> entries, boolean failed) {
        entries.forEach(entry -> FAILED_BY_ENTRY.merge(entry, failed, Boolean::logicalOr));
    }

    /** Entries whose scenarios all ran and passed: the gap is closed and the entry should go. */
    public static synchronized Set<String> staleEntries() {
        Set<String> stale = new TreeSet<>();
        FAILED_BY_ENTRY.forEach((entry, failed) -> {
            if (!failed) {
                stale.add(entry);
            }
        });
        return stale;
    }
}

package dev.mcpauth.conformance.verdict;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What became of each expected-failure entry during the run. An entry is stale when every scenario it covers ran
 * and passed; a skipped scenario leaves it undecided. Kept for the whole run, since that is known only at its end.
 */
public final class ExpectedFailureLedger {

    private enum Outcome { PASSED, UNDECIDED, FAILED }

    private static final Map<String, Outcome> OUTCOME_BY_ENTRY = new TreeMap<>();

    private ExpectedFailureLedger() {
    }

    /** Starts a run with an empty ledger (several runs may share a JVM, as in the harness's self-tests). */
    public static synchronized void reset() {
        OUTCOME_BY_ENTRY.clear();
    }

    /** A scenario covered by {@code entries} ended: failed, skipped, or passed. */
    public static synchronized void record(Set<String> entries, boolean failed, boolean skipped) {
        Outcome outcome = failed ? Outcome.FAILED : skipped ? Outcome.UNDECIDED : Outcome.PASSED;
        entries.forEach(entry -> OUTCOME_BY_ENTRY.merge(entry, outcome,
                (old, fresh) -> old.compareTo(fresh) >= 0 ? old : fresh));
    }

    /** Entries whose scenarios all ran and passed: the gap is closed and the entry should go. */
    public static synchronized Set<String> staleEntries() {
        Set<String> stale = new TreeSet<>();
        OUTCOME_BY_ENTRY.forEach((entry, outcome) -> {
            if (outcome == Outcome.PASSED) {
                stale.add(entry);
            }
        });
        return stale;
    }
}

package dev.mcpauth.conformance.report;

import java.util.Collection;
import java.util.List;

/**
 * The outcome of a scenario, and of a requirement. Declared from worst to best: a requirement takes the worst
 * verdict of its scenarios. The last three only describe a requirement that no scenario of this run checked.
 */
public enum Verdict {
    FAIL,
    WARN,
    EXPECTED_FAIL,
    SKIPPED,
    PASS,
    PENDING,
    NOT_TESTABLE,
    NOT_RUN;

    /** The verdicts a scenario can have, worst first. */
    public static final List<Verdict> OF_SCENARIOS = List.of(FAIL, WARN, EXPECTED_FAIL, SKIPPED, PASS);

    public boolean ofScenario() {
        return OF_SCENARIOS.contains(this);
    }

    /** For people: {@code EXPECTED_FAIL} reads {@code EXPECTED FAIL}. */
    public String label() {
        return name().replace('_', ' ');
    }

    /** The worst of the given scenario verdicts. */
    public static Verdict worst(Collection<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            throw new IllegalArgumentException("no verdict to choose from");
        }
        if (!OF_SCENARIOS.containsAll(verdicts)) {
            throw new IllegalArgumentException("only scenario verdicts can be combined, got " + verdicts);
        }
        return verdicts.stream().min(Enum::compareTo).orElseThrow();
    }
}

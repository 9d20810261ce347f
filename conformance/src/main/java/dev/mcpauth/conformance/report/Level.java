package dev.mcpauth.conformance.report;

import java.util.Arrays;
import java.util.Optional;

/** The RFC 2119 keyword of a requirement, as written in the requirement list and as a scenario tag. */
public enum Level {
    MUST("MUST"),
    MUST_NOT("MUST NOT"),
    SHOULD("SHOULD"),
    SHOULD_NOT("SHOULD NOT"),
    MAY("MAY");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The keyword as the requirement list writes it, e.g. {@code MUST NOT}. */
    public String label() {
        return label;
    }

    /** The scenario tag, e.g. {@code @MUST-NOT}. */
    public String tag() {
        return "@" + label.replace(' ', '-');
    }

    /** A broken MUST or MUST NOT fails the run; a broken SHOULD, SHOULD NOT or MAY is a warning. */
    public boolean failsTheRun() {
        return this == MUST || this == MUST_NOT;
    }

    public static Optional<Level> fromLabel(String label) {
        return Arrays.stream(values()).filter(level -> level.label.equals(label)).findFirst();
    }

    public static Optional<Level> fromTag(String tag) {
        return Arrays.stream(values()).filter(level -> level.tag().equals(tag)).findFirst();
    }
}

package dev.mcpauth.conformance.mcp;

import java.util.Arrays;
import java.util.Optional;

/**
 * The MCP revisions the harness speaks, oldest first. Revisions are cumulative: a rule introduced in one holds in
 * every later one unless a later one changed or removed it (the requirement list records which).
 */
public enum Revision {

    V2025_06_18("2025-06-18"),
    V2025_11_25("2025-11-25"),
    V2026_07_28("2026-07-28");

    private final String label;

    Revision(String label) {
        this.label = label;
    }

    /** The revision as the specification names it, such as {@code 2026-07-28}. */
    public String label() {
        return label;
    }

    /** 2026-07-28 dropped {@code initialize} and sessions: every request stands on its own. */
    public boolean isStateless() {
        return this == V2026_07_28;
    }

    public static Optional<Revision> fromLabel(String label) {
        return Arrays.stream(values()).filter(revision -> revision.label.equals(label)).findFirst();
    }

    public static Revision newest() {
        return V2026_07_28;
    }

    @Override
    public String toString() {
        return label;
    }
}

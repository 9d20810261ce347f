package dev.mcpauth.client.mcp;

import java.util.List;
import java.util.Locale;

/**
 * The MCP revision(s) the client speaks. {@link #AUTO} tries the stateless 2026-07-28 wire first and falls back to
 * {@code initialize} (2025-11-25, then 2025-06-18) when the server answers as a legacy server does
 * (MCP 2026-07-28, Streamable HTTP "Backward Compatibility").
 */
public enum ProtocolChoice {
    AUTO("auto", List.of("2025-11-25", "2025-06-18")),
    V2026_07_28("2026-07-28", List.of()),
    V2025_11_25("2025-11-25", List.of("2025-11-25")),
    V2025_06_18("2025-06-18", List.of("2025-06-18"));

    private final String label;
    private final List<String> legacyVersions;

    ProtocolChoice(String label, List<String> legacyVersions) {
        this.label = label;
        this.legacyVersions = legacyVersions;
    }

    /** Whether the 2026-07-28 wire is tried. */
    public boolean triesModern() {
        return this == AUTO || this == V2026_07_28;
    }

    /** The 2025 revisions {@code initialize} may negotiate, newest first; empty: no fallback. */
    public List<String> legacyVersions() {
        return legacyVersions;
    }

    public String label() {
        return label;
    }

    public static ProtocolChoice parse(String value) {
        for (ProtocolChoice choice : values()) {
            if (choice.label.equals(value.toLowerCase(Locale.ROOT))) {
                return choice;
            }
        }
        throw new IllegalArgumentException("expected auto, 2026-07-28, 2025-11-25 or 2025-06-18, not " + value);
    }
}

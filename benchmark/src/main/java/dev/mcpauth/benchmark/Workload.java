package dev.mcpauth.benchmark;

/** What the load generator sends over and over, grouped by the wire it belongs to. */
enum Workload {
    TOKEN("authorization server", "token: client_credentials"),
    TOOLS_CALL_2025("2025 wire", "authenticated tools/call, 2025-06-18 (session)"),
    UNAUTHENTICATED("2025 wire", "unauthenticated -> 401"),
    TOOLS_CALL_2026("2026-07-28 wire", "authenticated tools/call, 2026-07-28 (stateless)");

    final String wire;
    final String label;

    Workload(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }
}

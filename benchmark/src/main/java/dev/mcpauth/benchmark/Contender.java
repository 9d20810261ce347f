package dev.mcpauth.benchmark;

/** A server stack the benchmark measures: ours and the two TypeScript SDK peers. */
enum Contender {
    OURS("Reference server (ours)", "ours"),
    TS_SDK_1("TypeScript SDK 1.x example", "1.x"),
    TS_SDK_2("TypeScript SDK v2 + oidc-provider", "v2");

    final String title;
    final String shortName;

    Contender(String title, String shortName) {
        this.title = title;
        this.shortName = shortName;
    }
}

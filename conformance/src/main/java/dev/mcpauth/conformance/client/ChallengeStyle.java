package dev.mcpauth.conformance.client;

import java.util.Arrays;

/** Ways a conformant MCP server may write its 401 challenge, all of which a client must understand. */
public enum ChallengeStyle {
    SEVERAL_CHALLENGES("a Basic challenge before the Bearer one",
            "Basic realm=\"stub\", Bearer realm=\"mcp\", resource_metadata=\"%s\""),
    LOWERCASE_SCHEME("a lowercase scheme", "bearer resource_metadata=\"%s\""),
    PARAMETERS_IN_ANOTHER_ORDER("resource_metadata after other parameters",
            "Bearer realm=\"mcp\", error=\"invalid_request\", scope=\"mcp:tools\", resource_metadata=\"%s\""),
    QUOTED_COMMA("a quoted value containing a comma",
            "Bearer realm=\"mcp, tools\", resource_metadata=\"%s\"");

    public static final String PHRASES = "a Basic challenge before the Bearer one|a lowercase scheme"
            + "|resource_metadata after other parameters|a quoted value containing a comma";

    private final String phrase;
    private final String format;

    ChallengeStyle(String phrase, String format) {
        this.phrase = phrase;
        this.format = format;
    }

    public String header(String resourceMetadataUrl) {
        return String.format(format, resourceMetadataUrl);
    }

    public static ChallengeStyle fromPhrase(String phrase) {
        return Arrays.stream(values()).filter(style -> style.phrase.equals(phrase)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no challenge style \"" + phrase + "\""));
    }
}

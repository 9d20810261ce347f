package dev.mcpauth.conformance.targets;

import java.util.Optional;

/** A server the user points the harness at; its URL is used exactly as given, never normalised. */
public record ExternalServer(String mcpUrl, Optional<String> privilegedTool, Optional<String> otherResource)
        implements TargetServer {

    @Override
    public String description() {
        return "external server " + mcpUrl;
    }
}

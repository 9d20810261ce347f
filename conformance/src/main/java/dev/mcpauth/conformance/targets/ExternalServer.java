package dev.mcpauth.conformance.targets;

/** A server the user points the harness at; its URL is used exactly as given, never normalised. */
public record ExternalServer(String mcpUrl) implements TargetServer {

    @Override
    public String description() {
        return "external server " + mcpUrl;
    }
}

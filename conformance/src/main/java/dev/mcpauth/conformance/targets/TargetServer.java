package dev.mcpauth.conformance.targets;

/** The MCP server under test. */
public interface TargetServer {

    /** The MCP endpoint URL, exactly as the user gave it or as the bundled server listens. */
    String mcpUrl();

    /** A short description for reports. */
    String description();
}

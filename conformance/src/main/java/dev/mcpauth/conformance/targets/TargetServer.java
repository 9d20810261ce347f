package dev.mcpauth.conformance.targets;

import java.util.Optional;

/** The MCP server under test. */
public interface TargetServer {

    /** The MCP endpoint URL, exactly as the user gave it or as the bundled server listens. */
    String mcpUrl();

    /** A short description for reports. */
    String description();

    /** A tool whose call needs a scope beyond the default one, when the target says which. */
    default Optional<String> privilegedTool() {
        return Optional.empty();
    }

    /** Another resource the same authorization server issues tokens for, when known. */
    default Optional<String> otherResource() {
        return Optional.empty();
    }
}

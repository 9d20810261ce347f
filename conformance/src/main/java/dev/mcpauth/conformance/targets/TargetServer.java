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

    /**
     * Scope implications the server is known to honour ({@code broader>narrower} pairs, see
     * {@link dev.mcpauth.conformance.resource.ScopeHierarchy}), when the target itself declares them.
     */
    default Optional<String> declaredScopeHierarchy() {
        return Optional.empty();
    }

    /** Where the server's authorization server reaches the harness's client metadata documents, when known. */
    default Optional<String> clientMetadataBaseUrl() {
        return Optional.empty();
    }

    /** A JWK file with the authorization server's private signing key, when the target lends it (test servers). */
    default Optional<java.nio.file.Path> signingKey() {
        return Optional.empty();
    }
}

package dev.mcpauth.conformance.verdict;

/**
 * A request was refused as it must be, but with another error code or status than the RFC names. The security
 * rule held, so this is a WARN on the error-code requirement whatever the scenario's level, never a FAIL
 * (conformance/README.md, "Verdict rules").
 */
public class RefusedOtherwise extends AssertionError {

    public RefusedOtherwise(String message) {
        super(message);
    }
}

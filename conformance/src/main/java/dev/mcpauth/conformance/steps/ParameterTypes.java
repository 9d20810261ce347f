package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.mcp.McpMessage;
import dev.mcpauth.conformance.resource.IssuerSignedToken;
import dev.mcpauth.conformance.resource.TokenForgery;
import io.cucumber.java.ParameterType;

/** The protocol vocabulary of the features, as typed step parameters. */
public class ParameterTypes {

    @ParameterType(McpMessage.PHRASES)
    public McpMessage mcpMessage(String phrase) {
        return McpMessage.fromPhrase(phrase);
    }

    @ParameterType(TokenForgery.PHRASES)
    public TokenForgery tokenForgery(String phrase) {
        return TokenForgery.fromPhrase(phrase);
    }

    @ParameterType(IssuerSignedToken.PHRASES)
    public IssuerSignedToken issuerSignedToken(String phrase) {
        return IssuerSignedToken.fromPhrase(phrase);
    }

    /** "401 Unauthorized" and the like: the status code, with its reason phrase for the reader. */
    @ParameterType("(\\d{3}) [A-Z][A-Za-z ]*[a-zA-Z]")
    public Integer httpStatus(String code) {
        return Integer.valueOf(code);
    }

    @ParameterType("POST|GET|DELETE")
    public String httpMethod(String method) {
        return method;
    }
}

package dev.mcpauth.client;

/** The MCP server could not be reached or answered with an error that is not about authorization. */
public class ServerFailure extends RuntimeException {

    public ServerFailure(String message) {
        super(message);
    }

    public ServerFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

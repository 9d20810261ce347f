package dev.mcpauth.server.resource;

/** An access token this server does not accept; the message says why and goes into {@code error_description}. */
public class InvalidTokenException extends Exception {
    public InvalidTokenException(String why) {
        super(why, null, false, false);
    }
}

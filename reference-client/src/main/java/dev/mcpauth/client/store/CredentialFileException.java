package dev.mcpauth.client.store;

/** The credentials file cannot be read or written; the message names the file and what to do. */
public class CredentialFileException extends RuntimeException {

    public CredentialFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.mcpauth.server.store;

import java.nio.file.Path;

/** A data file that cannot be read or written. Start-up stops on it rather than replacing the file. */
public class DataFileException extends RuntimeException {
    public DataFileException(Path file, String problem, Throwable cause) {
        super("Data file " + file.toAbsolutePath() + " " + problem
                + ". The server does not overwrite it: repair or move the file, then start again.", cause);
    }
}

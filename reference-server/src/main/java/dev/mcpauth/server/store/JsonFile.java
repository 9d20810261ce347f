package dev.mcpauth.server.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON document on disk. Writes go to a temporary file in the same directory, are flushed to the device and
 * then renamed over the old file, so a crash leaves either the old or the new document, never half of one.
 */
public final class JsonFile<T> {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Path path;
    private final TypeReference<T> type;

    public JsonFile(Path path, TypeReference<T> type) {
        this.path = path;
        this.type = type;
    }

    public Path path() {
        return path;
    }

    /** The stored document, or empty when the file does not exist yet. */
    public Optional<T> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(Files.readAllBytes(path), type));
        } catch (IOException e) {
            throw new DataFileException(path, "cannot be read (" + e.getMessage() + ")", e);
        } catch (JacksonException e) {
            throw new DataFileException(path, "is not valid (" + e.getOriginalMessage() + ")", e);
        }
    }

    public synchronized void write(T value) {
        Path temp = null;
        try {
            temp = OwnerOnlyFiles.createTempFile(path.getParent(), path.getFileName() + ".");
            byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new DataFileException(path, "cannot be written (" + e.getMessage() + ")", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the leftover temp file is harmless; the real file is untouched
                }
            }
        }
    }
}

package dev.mcpauth.server.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import tools.jackson.core.type.TypeReference;

import dev.mcpauth.server.config.ReferenceServerProperties;
import org.springframework.stereotype.Component;

/**
 * The directory of the server's data files. It holds an exclusive lock for the server's lifetime, so two server
 * processes never write the same files.
 */
@Component
public class DataDirectory implements AutoCloseable {

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    public DataDirectory(ReferenceServerProperties properties) {
        this.root = properties.dataDir().toAbsolutePath();
        Path lockFile = root.resolve(".lock");
        try {
            OwnerOnlyFiles.createDirectories(root);
            OwnerOnlyFiles.createFile(lockFile);
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            FileLock acquired;
            try {
                acquired = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                acquired = null;
            }
            if (acquired == null) {
                lockChannel.close();
                throw new DataFileException(lockFile, "is locked by another running server", null);
            }
            lock = acquired;
        } catch (IOException e) {
            throw new DataFileException(root, "cannot be used as the data directory (" + e.getMessage() + ")", e);
        }
    }

    public <T> JsonFile<T> file(String name, TypeReference<T> type) {
        return new JsonFile<>(root.resolve(name), type);
    }

    public Path root() {
        return root;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }
}

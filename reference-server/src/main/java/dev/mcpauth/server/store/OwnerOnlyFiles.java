package dev.mcpauth.server.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files and directories that only the server's own user can read, since they hold keys and hashes. */
final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    static Path createDirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            if (POSIX) {
                Files.createDirectories(dir, attributes("rwx------"));
            } else {
                Files.createDirectories(dir);
            }
        }
        return dir;
    }

    static void createFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                if (POSIX) {
                    Files.createFile(file, attributes("rw-------"));
                } else {
                    Files.createFile(file);
                }
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process created it first; the lock decides who uses the directory
            }
        }
    }

    static Path createTempFile(Path dir, String prefix) throws IOException {
        return POSIX ? Files.createTempFile(dir, prefix, ".tmp", attributes("rw-------"))
                : Files.createTempFile(dir, prefix, ".tmp");
    }

    private static FileAttribute<Set<PosixFilePermission>> attributes(String spec) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(spec));
    }
}

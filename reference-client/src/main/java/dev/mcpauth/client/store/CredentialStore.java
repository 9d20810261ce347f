package dev.mcpauth.client.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import net.minidev.json.JSONObject;

/**
 * The client's registrations, one per authorization server issuer, in one JSON file readable and writable by its
 * owner only (rw-------). Each entry holds the registration response (RFC 7591 §3.2.1) and, for private_key_jwt,
 * the client's own private key. Writes go to a temporary file that is then renamed over the old one.
 */
public final class CredentialStore {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path file;

    public CredentialStore(Path file) {
        this.file = file;
    }

    /** The default file: {@code ~/.mcp-auth-client/credentials.json}. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".mcp-auth-client", "credentials.json");
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<JSONObject> load(String issuer) {
        Object entry = readAll().get(issuer);
        return entry instanceof Map<?, ?> map ? Optional.of(new JSONObject(cast(map))) : Optional.empty();
    }

    public synchronized void save(String issuer, JSONObject entry) {
        JSONObject all = readAll();
        all.put(issuer, entry);
        write(all);
    }

    public synchronized void remove(String issuer) {
        JSONObject all = readAll();
        if (all.remove(issuer) != null) {
            write(all);
        }
    }

    private JSONObject readAll() {
        if (!Files.exists(file)) {
            return new JSONObject();
        }
        try {
            return JSONObjectUtils.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | ParseException e) {
            throw new CredentialFileException("the credentials file " + file + " cannot be read: " + e.getMessage()
                    + "; fix or delete it", e);
        }
    }

    private void write(JSONObject all) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.exists(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            }
            Path temp = Files.createTempFile(dir, ".credentials-", ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            try {
                Files.writeString(temp, all.toJSONString(), StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new CredentialFileException("cannot write the credentials file " + file + ": " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}

package dev.mcpauth.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import net.minidev.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {

    @TempDir
    Path dir;

    @Test
    void fileAndNewDirectoryAreOwnerOnly() throws Exception {
        Path file = dir.resolve("new-dir").resolve("credentials.json");
        new CredentialStore(file).save("https://as.example", entry("a"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void permissionsOfAWiderExistingFileAreNarrowedOnWrite() throws Exception {
        Path file = dir.resolve("credentials.json");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new CredentialStore(file).save("https://as.example", entry("a"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void entriesAreKeptPerIssuerAndSurviveANewStoreInstance() {
        Path file = dir.resolve("credentials.json");
        new CredentialStore(file).save("https://a.example", entry("a"));
        new CredentialStore(file).save("https://a.example/tenant", entry("b"));

        CredentialStore reopened = new CredentialStore(file);
        assertThat(reopened.load("https://a.example")).get().extracting(e -> e.get("id")).isEqualTo("a");
        assertThat(reopened.load("https://a.example/tenant")).get().extracting(e -> e.get("id")).isEqualTo("b");
        assertThat(reopened.load("https://a.example/")).isEmpty();

        reopened.remove("https://a.example");
        assertThat(new CredentialStore(file).load("https://a.example")).isEmpty();
        assertThat(dir.toFile().list()).containsExactly("credentials.json"); // no temporary files left
    }

    @Test
    void aDamagedFileIsReportedAndNeverOverwritten() throws Exception {
        Path file = dir.resolve("credentials.json");
        Files.writeString(file, "{not json");
        CredentialStore store = new CredentialStore(file);

        assertThatThrownBy(() -> store.save("https://a.example", entry("a")))
                .isInstanceOf(CredentialFileException.class).hasMessageContaining(file.toString());
        assertThat(file).hasContent("{not json");
    }

    private static JSONObject entry(String id) {
        JSONObject entry = new JSONObject();
        entry.put("id", id);
        return entry;
    }
}

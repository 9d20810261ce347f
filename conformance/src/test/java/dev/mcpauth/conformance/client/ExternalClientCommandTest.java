package dev.mcpauth.conformance.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalClientCommandTest {

    @TempDir
    Path dir;

    @Test
    void theCommandGetsTheServerUrlLastAndTheConformanceEnvironment() throws IOException {
        Path script = script("echo \"args: $*\"; echo \"scenario: $MCP_CONFORMANCE_SCENARIO\";"
                + " echo \"context: $MCP_CONFORMANCE_CONTEXT\"; echo \"home: $HOME\"");
        ClientRun run = new ClientRun("client/some-scenario", "http://127.0.0.1:9/mcp", Optional.of("id-1"),
                Optional.of("secret-1"), Optional.of("https://client.test/c.json"), dir, Duration.ofSeconds(10));

        ClientOutcome outcome = new ExternalClientCommand(script + " --verbose").run(run);

        assertThat(outcome.completed()).isTrue();
        assertThat(outcome.account()).contains("args: --verbose http://127.0.0.1:9/mcp")
                .contains("scenario: client/some-scenario")
                .contains("context: {\"client_id\":\"id-1\",\"client_secret\":\"secret-1\","
                        + "\"client_metadata_url\":\"https://client.test/c.json\"}")
                .contains("home: " + dir);
    }

    @Test
    void aCommandStillRunningAtTheTimeLimitIsStoppedAndDidNotComplete() throws IOException {
        Path script = script("sleep 30");
        ClientRun run = new ClientRun("client/slow", "http://127.0.0.1:9/mcp", Optional.empty(), Optional.empty(),
                Optional.empty(), dir, Duration.ofSeconds(1));

        long started = System.nanoTime();
        ClientOutcome outcome = new ExternalClientCommand(script.toString()).run(run);

        assertThat(outcome.completed()).isFalse();
        assertThat(outcome.account()).contains("did not exit within 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    private Path script(String body) throws IOException {
        Path script = dir.resolve("client.sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}

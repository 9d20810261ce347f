package dev.mcpauth.conformance.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Any client, run as a command the way the official MCP conformance suite's client runner does it: the server URL
 * appended as the last argument, {@code MCP_CONFORMANCE_SCENARIO} and {@code MCP_CONFORMANCE_CONTEXT} (JSON with
 * {@code client_id} and {@code client_secret} when the scenario offers pre-registered credentials,
 * {@code client_metadata_url} when it tells the client it has a client ID metadata document) in the environment. A command still running at the time limit is stopped.
 */
public final class ExternalClientCommand implements ClientUnderTest {

    private static final int OUTPUT_LIMIT = 4_000;

    private final String command;

    public ExternalClientCommand(String command) {
        this.command = command;
    }

    @Override
    public ClientOutcome run(ClientRun run) {
        List<String> words = new ArrayList<>(List.of(command.split("\\s+")));
        words.add(run.serverUrl());
        Path output = run.workDirectory().resolve("client-output.txt");
        ProcessBuilder builder = new ProcessBuilder(words).directory(run.workDirectory().toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("MCP_CONFORMANCE_SCENARIO", run.scenario());
        builder.environment().put("MCP_CONFORMANCE_CONTEXT", run.contextJson());
        builder.environment().put("HOME", run.workDirectory().toString()); // no registrations left from other runs
        try {
            Process process = builder.start();
            if (!process.waitFor(run.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new ClientOutcome(false, "`" + command + "` did not exit within " + run.timeout().toSeconds()
                        + " s; output:\n" + read(output));
            }
            return new ClientOutcome(process.exitValue() == 0, "`" + command + " " + run.serverUrl()
                    + "` exited with " + process.exitValue() + "; output:\n" + read(output));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the client command `" + command + "` (-D"
                    + ClientUnderTest.COMMAND + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ClientOutcome(false, "interrupted while waiting for `" + command + "`");
        }
    }

    @Override
    public String describe() {
        return "the client command `" + command + "`";
    }

    private static String read(Path output) {
        try {
            String text = Files.readString(output, StandardCharsets.UTF_8);
            return text.length() <= OUTPUT_LIMIT ? text : text.substring(text.length() - OUTPUT_LIMIT);
        } catch (IOException e) {
            return "(no output)";
        }
    }
}

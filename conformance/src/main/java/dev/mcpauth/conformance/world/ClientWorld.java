package dev.mcpauth.conformance.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.mcpauth.conformance.client.ClientJournal;
import dev.mcpauth.conformance.client.ClientOutcome;
import dev.mcpauth.conformance.client.ClientRun;
import dev.mcpauth.conformance.client.ClientUnderTest;
import dev.mcpauth.conformance.client.StubDeployment;

/** The state of one client-side scenario: the stubs, what the scenario offers the client, and what it sent. */
public class ClientWorld {

    public static final String PRE_REGISTERED_ID = "stub-pre-registered-client";
    public static final String PRE_REGISTERED_SECRET = "stub-pre-registered-secret";

    private final ClientUnderTest client = ClientUnderTest.fromSystemProperties();
    private String scenario = "client";
    private StubDeployment stubs;
    private boolean preRegistered;
    private ClientOutcome outcome;
    private ClientJournal journal;

    public void scenario(String name) {
        this.scenario = "client/" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    public StubDeployment stubs() {
        if (stubs == null) {
            stubs = StubDeployment.conformant();
        }
        return stubs;
    }

    public void offerPreRegisteredCredentials() {
        this.preRegistered = true;
    }

    /** Runs the client under test against the stubs and reads what it sent. */
    public void runClient() {
        Path work;
        try {
            work = Files.createTempDirectory("client-under-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outcome = client.run(new ClientRun(scenario, stubs().serverUrl(),
                preRegistered ? Optional.of(PRE_REGISTERED_ID) : Optional.empty(),
                preRegistered ? Optional.of(PRE_REGISTERED_SECRET) : Optional.empty(), work,
                ClientUnderTest.timeout()));
        journal = ClientJournal.of(stubs);
    }

    public ClientJournal journal() {
        if (journal == null) {
            throw new IllegalStateException("the client under test has not run in this scenario yet");
        }
        return journal;
    }

    public ClientUnderTest client() {
        return client;
    }

    public Optional<ClientOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<StubDeployment> startedStubs() {
        return Optional.ofNullable(stubs);
    }
}

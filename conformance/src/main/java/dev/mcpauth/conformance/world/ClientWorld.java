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
    /**
     * The client ID metadata document URL a scenario tells the client it has: the one the official MCP conformance
     * suite uses, which clients built for that suite already know. Nobody serves it; the stubs do not fetch it.
     */
    public static final String CLIENT_METADATA_URL = "https://conformance-test.local/client-metadata.json";
    /** The same document's URL over plain http, which no client id may be. */
    public static final String PLAIN_HTTP_METADATA_URL = "http://conformance-test.local/client-metadata.json";

    private final ClientUnderTest client = ClientUnderTest.fromSystemProperties();
    private String scenario = "client";
    private StubDeployment stubs;
    private boolean preRegistered;
    private String clientMetadataUrl;
    private ClientOutcome outcome;
    private ClientJournal journal;

    public void scenario(String name) {
        this.scenario = "client/" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    public StubDeployment stubs() {
        if (stubs == null) {
            // a run of the 2026-07-28 revision meets a dual-era server; the 2025 revisions meet a 2025 server
            stubs = StubDeployment.conformant(dev.mcpauth.conformance.targets.HarnessSettings.fromSystemProperties()
                    .revision().isStateless());
        }
        return stubs;
    }

    public void offerPreRegisteredCredentials() {
        this.preRegistered = true;
    }

    /** Tells the client it has a client ID metadata document at {@code url}. */
    public void offerClientMetadataDocument(String url) {
        this.clientMetadataUrl = url;
    }

    /** The metadata document URL the client was told about. */
    public String clientMetadataUrl() {
        if (clientMetadataUrl == null) {
            throw new IllegalStateException("this scenario told the client of no client ID metadata document");
        }
        return clientMetadataUrl;
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
                preRegistered ? Optional.of(PRE_REGISTERED_SECRET) : Optional.empty(),
                Optional.ofNullable(clientMetadataUrl), work,
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

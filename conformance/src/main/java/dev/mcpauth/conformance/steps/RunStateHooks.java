package dev.mcpauth.conformance.steps;

import dev.mcpauth.conformance.discovery.Discovery;
import dev.mcpauth.conformance.registration.PublicClients;
import dev.mcpauth.conformance.revision.RunPart;
import dev.mcpauth.conformance.token.AccessTokens;
import io.cucumber.java.BeforeAll;

/**
 * What the harness learns about a target (its discovery, its client, its token) lasts one run, across the run's
 * parts. Runs in one JVM (the self-tests) meet servers on reused ports: a later server must not inherit an earlier
 * one's token or client.
 */
public class RunStateHooks {

    @BeforeAll
    public static void forgetEarlierRuns() {
        if (RunPart.current().isFirst()) {
            Discovery.forgetEarlierRuns();
            AccessTokens.forgetEarlierRuns();
            PublicClients.forgetEarlierRuns();
        }
    }
}

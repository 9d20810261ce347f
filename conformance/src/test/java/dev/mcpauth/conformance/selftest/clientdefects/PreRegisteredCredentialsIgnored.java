package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.Optional;

import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.conformance.client.ClientRun;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * Defect: the client sets aside the pre-registered credentials it was given and registers itself, as if it had
 * none.
 */
public class PreRegisteredCredentialsIgnored extends ReferenceClientInProcess {

    @Override
    protected ClientSettings settings(ClientRun run) {
        return super.settings(new ClientRun(run.scenario(), run.serverUrl(), Optional.empty(), Optional.empty(),
                run.clientMetadataUrl(), run.workDirectory(), run.timeout()));
    }
}

package dev.mcpauth.conformance.selftest;

import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.token.GrantChoice;
import dev.mcpauth.conformance.client.ClientRun;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * Not a defect: the reference client as a machine-to-machine client, using the client credentials grant only. The
 * client features must not raise a false alarm against it; the checks of the authorization code flow are skipped.
 */
public class ClientCredentialsReferenceClient extends ReferenceClientInProcess {

    @Override
    protected ClientSettings settings(ClientRun run) {
        return super.settings(run).withGrant(GrantChoice.CLIENT_CREDENTIALS);
    }

    @Override
    public String describe() {
        return "the reference client using client credentials only (in-process)";
    }
}

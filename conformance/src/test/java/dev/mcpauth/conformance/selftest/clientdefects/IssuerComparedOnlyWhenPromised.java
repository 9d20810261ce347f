package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.McpAuthorization;
import dev.mcpauth.client.ServerAuthorization;
import dev.mcpauth.client.registration.ClientIdentities;
import dev.mcpauth.client.store.CredentialStore;
import dev.mcpauth.client.token.AuthorizationUrlOpener;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * Defect: the client reads RFC 9207 {@code iss} only where the metadata promises it (here by dropping the iss of each
 * response before the client sees it when the authorization server's metadata does not advertise
 * {@code authorization_response_iss_parameter_supported}).
 */
public class IssuerComparedOnlyWhenPromised extends ReferenceClientInProcess {

    private final AtomicBoolean promised = new AtomicBoolean(true);

    @Override
    protected ServerAuthorization authorization(ClientSettings settings) {
        return new ServerAuthorization(settings, (resource, http) -> McpAuthorization.forResource(settings, http,
                resource, metadata -> {
                    promised.set(metadata.supportsAuthorizationResponseIssuerParam());
                    return new ClientIdentities(http, new CredentialStore(settings.credentialsFile()),
                            settings.client(), settings.metadataDocument());
                }));
    }

    @Override
    protected AuthorizationUrlOpener opener() {
        return new ResponseRewritingOpener((authorizationUrl, location) -> promised.get() ? location
                : RewritingOpener.without(location, "iss"));
    }
}

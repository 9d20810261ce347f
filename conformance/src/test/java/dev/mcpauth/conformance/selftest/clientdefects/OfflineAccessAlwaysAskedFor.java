package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.ArrayList;
import java.util.List;

import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.McpAuthorization;
import dev.mcpauth.client.ServerAuthorization;
import dev.mcpauth.client.discovery.ProtectedResource;
import dev.mcpauth.client.registration.ClientIdentities;
import dev.mcpauth.client.store.CredentialStore;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * Defect: the client adds {@code offline_access} to whatever scope it asks for, without looking whether the
 * authorization server lists it in its {@code scopes_supported}.
 */
public class OfflineAccessAlwaysAskedFor extends ReferenceClientInProcess {

    private static final String OFFLINE_ACCESS = "offline_access";

    @Override
    protected ServerAuthorization authorization(ClientSettings settings) {
        return new ServerAuthorization(settings, (resource, http) -> McpAuthorization.forResource(settings, http,
                withOfflineAccess(resource), metadata -> new ClientIdentities(http,
                        new CredentialStore(settings.credentialsFile()), settings.client(),
                        settings.metadataDocument())));
    }

    /** The resource as the reference client read it, with offline_access added to the scopes it would pick from. */
    private static ProtectedResource withOfflineAccess(ProtectedResource resource) {
        List<String> scopes = new ArrayList<>(resource.scopesSupported());
        scopes.add(OFFLINE_ACCESS);
        return new ProtectedResource(resource.resource(), resource.authorizationServers(), scopes,
                resource.challengeScope().map(scope -> scope + " " + OFFLINE_ACCESS), resource.metadataUrl());
    }
}

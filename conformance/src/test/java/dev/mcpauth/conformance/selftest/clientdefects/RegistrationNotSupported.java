package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.Optional;

import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.registration.ClientIdentities;
import dev.mcpauth.client.registration.ConfiguredClient;
import dev.mcpauth.client.store.CredentialStore;

/**
 * Defect: the client cannot register itself (no RFC 7591); where it would register, it presents a client id built
 * into it as a public client.
 */
public class RegistrationNotSupported extends ReassembledClient {

    private static final String BUILT_IN_CLIENT_ID = "defective-built-in-client";

    @Override
    protected ClientIdentities identities(ClientSettings settings, OAuthHttp http,
                                          AuthorizationServerMetadata metadata) {
        ClientIdentities identities = super.identities(settings, http, metadata);
        if (settings.client().isPresent() || identities.usesMetadataDocument(metadata)) {
            return identities;
        }
        return new ClientIdentities(http, new CredentialStore(settings.credentialsFile()), new ConfiguredClient(
                Optional.of(BUILT_IN_CLIENT_ID), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), settings.metadataDocument());
    }
}

package dev.mcpauth.conformance.selftest.clientdefects;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.client.ClientInformation;
import com.nimbusds.oauth2.sdk.client.ClientInformationResponse;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationRequest;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationResponse;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.McpAuthorization;
import dev.mcpauth.client.ServerAuthorization;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.registration.ClientIdentities;
import dev.mcpauth.client.registration.ConfiguredClient;
import dev.mcpauth.client.store.CredentialStore;
import dev.mcpauth.client.token.AuthorizationCodeFlow;
import dev.mcpauth.client.token.GrantChoice;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * Defect: the client registers itself as clients did before MCP 2026-07-28, without an {@code application_type},
 * then uses the client id and secret it got.
 */
public class RegistrationWithoutApplicationType extends ReferenceClientInProcess {

    @Override
    protected ServerAuthorization authorization(ClientSettings settings) {
        return new ServerAuthorization(settings, (resource, http) -> McpAuthorization.forResource(settings, http,
                resource, metadata -> registeredWithoutApplicationType(settings, http, metadata)));
    }

    private static ClientIdentities registeredWithoutApplicationType(ClientSettings settings, OAuthHttp http,
                                                                     AuthorizationServerMetadata metadata) {
        ClientIdentities asBuilt = new ClientIdentities(http, new CredentialStore(settings.credentialsFile()),
                settings.client(), settings.metadataDocument());
        if (settings.client().isPresent() || asBuilt.usesMetadataDocument(metadata)) {
            return asBuilt; // it registers only where the reference client would
        }
        if (settings.grant() == GrantChoice.AUTHORIZATION_CODE) {
            AuthorizationCodeFlow.requireUsableServer(metadata); // and only at a server it would go on with
        }
        ClientMetadata request = new ClientMetadata();
        request.setName("defective-client");
        request.setGrantTypes(Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN));
        request.setResponseTypes(Set.of(ResponseType.CODE));
        request.setRedirectionURI(URI.create("http://127.0.0.1/callback"));
        try {
            ClientInformation registered = ((ClientInformationResponse) ClientRegistrationResponse.parse(
                    new ClientRegistrationRequest(metadata.getRegistrationEndpointURI(), request, null)
                            .toHTTPRequest().send())).getClientInformation();
            return new ClientIdentities(http, new CredentialStore(settings.credentialsFile()), new ConfiguredClient(
                    Optional.of(registered.getID().getValue()),
                    Optional.ofNullable(registered.getSecret()).map(Secret::getValue).map(Secret::new),
                    Optional.empty(), Optional.empty(), Optional.empty()), settings.metadataDocument());
        } catch (IOException | ParseException | ClassCastException e) {
            throw new IllegalStateException("the defective registration failed: " + e, e);
        }
    }
}

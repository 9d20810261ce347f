package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;

import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.discovery.WellKnownUrls;
import dev.mcpauth.client.registration.ClientIdentities;

/**
 * Defect: before it registers at the registration_endpoint the metadata advertises, the client tries the customary
 * {@code /register} at the authorization server's origin, and falls back only because that answers 404.
 */
public class RegistrationTriedAtTheDefaultPathFirst extends ReassembledClient {

    @Override
    protected ClientIdentities identities(ClientSettings settings, OAuthHttp http,
                                          AuthorizationServerMetadata metadata) {
        ClientIdentities identities = super.identities(settings, http, metadata);
        if (!settings.client().isPresent() && !identities.usesMetadataDocument(metadata)) {
            HTTPRequest guess = new HTTPRequest(HTTPRequest.Method.POST, URI.create(
                    WellKnownUrls.origin(metadata.getRegistrationEndpointURI()) + "/register"));
            guess.setHeader("Content-Type", "application/json");
            guess.setBody("{\"client_name\":\"defective-client\",\"redirect_uris\":[\"http://127.0.0.1/callback\"]}");
            http.send(guess, "dynamic client registration, guessed");
        }
        return identities;
    }
}

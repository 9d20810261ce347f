package dev.mcpauth.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import dev.mcpauth.client.mcp.ProtocolChoice;
import dev.mcpauth.client.registration.ClientIdMetadataDocument;
import dev.mcpauth.client.registration.ConfiguredClient;
import dev.mcpauth.client.store.CredentialStore;
import dev.mcpauth.client.token.AuthorizationUrlOpener;
import dev.mcpauth.client.token.GrantChoice;
import dev.mcpauth.client.token.HeadlessRedirectFollower;

/**
 * Everything the client needs to know about one connection.
 *
 * @param serverUrl        the MCP endpoint, used exactly as given
 * @param client           a pre-registered client, or {@link ConfiguredClient#none()}
 * @param metadataDocument the URL of the client's metadata document, used as client id where the authorization
 *                         server supports that (after a pre-registered client, before dynamic registration)
 * @param scope            the scope to ask for; empty means the scope of the 401 challenge, else the server's
 *                         default
 * @param grant            the grant to use
 * @param credentialsFile  where dynamic registrations are kept per issuer
 * @param opener           how the authorization URL is opened
 * @param redirectTimeout  how long to wait for the authorization response
 * @param narrator         where the steps are told
 * @param protocol         the MCP revision(s) to speak
 * @param legacyDiscovery  whether the 2025-03-26 fallbacks apply to servers without metadata (off by default)
 */
public record ClientSettings(String serverUrl,
                             ConfiguredClient client,
                             Optional<ClientIdMetadataDocument> metadataDocument,
                             Optional<String> scope,
                             GrantChoice grant,
                             Path credentialsFile,
                             AuthorizationUrlOpener opener,
                             Duration redirectTimeout,
                             Narrator narrator,
                             ProtocolChoice protocol,
                             boolean legacyDiscovery) {

    public ClientSettings {
        Objects.requireNonNull(serverUrl, "serverUrl");
    }

    /** Defaults: dynamic registration, automatic grant and revision choice, headless redirects, silent. */
    public static ClientSettings forServer(String serverUrl) {
        return new ClientSettings(serverUrl, ConfiguredClient.none(), Optional.empty(), Optional.empty(),
                GrantChoice.AUTO, CredentialStore.defaultFile(), new HeadlessRedirectFollower(Narrator.SILENT),
                Duration.ofMinutes(5), Narrator.SILENT, ProtocolChoice.AUTO, false);
    }

    public ClientSettings withClient(ConfiguredClient value) {
        return new ClientSettings(serverUrl, value, metadataDocument, scope, grant, credentialsFile, opener, redirectTimeout, narrator, protocol, legacyDiscovery);
    }

    public ClientSettings withMetadataDocument(Optional<ClientIdMetadataDocument> value) {
        return new ClientSettings(serverUrl, client, value, scope, grant, credentialsFile, opener, redirectTimeout, narrator, protocol, legacyDiscovery);
    }

    public ClientSettings withScope(Optional<String> value) {
        return new ClientSettings(serverUrl, client, metadataDocument, value, grant, credentialsFile, opener, redirectTimeout, narrator, protocol, legacyDiscovery);
    }

    public ClientSettings withGrant(GrantChoice value) {
        return new ClientSettings(serverUrl, client, metadataDocument, scope, value, credentialsFile, opener, redirectTimeout, narrator, protocol, legacyDiscovery);
    }

    public ClientSettings withCredentialsFile(Path value) {
        return new ClientSettings(serverUrl, client, metadataDocument, scope, grant, value, opener, redirectTimeout, narrator, protocol, legacyDiscovery);
    }

    public ClientSettings withOpener(AuthorizationUrlOpener value) {
        return new ClientSettings(serverUrl, client, metadataDocument, scope, grant, credentialsFile, value, redirectTimeout, narrator, protocol, legacyDiscovery);
    }

    public ClientSettings withRedirectTimeout(Duration value) {
        return new ClientSettings(serverUrl, client, metadataDocument, scope, grant, credentialsFile, opener, value, narrator, protocol, legacyDiscovery);
    }

    public ClientSettings withNarrator(Narrator value) {
        return new ClientSettings(serverUrl, client, metadataDocument, scope, grant, credentialsFile, opener, redirectTimeout, value, protocol, legacyDiscovery);
    }

    public ClientSettings withProtocol(ProtocolChoice value) {
        return new ClientSettings(serverUrl, client, metadataDocument, scope, grant, credentialsFile, opener, redirectTimeout, narrator, value, legacyDiscovery);
    }

    public ClientSettings withLegacyDiscovery(boolean value) {
        return new ClientSettings(serverUrl, client, metadataDocument, scope, grant, credentialsFile, opener, redirectTimeout, narrator, protocol, value);
    }
}

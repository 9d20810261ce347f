package dev.mcpauth.conformance.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.nimbusds.oauth2.sdk.auth.Secret;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.McpAuthorization;
import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.ServerAuthorization;
import dev.mcpauth.client.mcp.AuthorizedMcpClient;
import dev.mcpauth.client.mcp.McpConnection;
import dev.mcpauth.client.mcp.McpConnections;
import dev.mcpauth.client.registration.ClientIdMetadataDocument;
import dev.mcpauth.client.registration.ConfiguredClient;
import dev.mcpauth.client.token.AuthorizationUrlOpener;
import dev.mcpauth.client.token.GrantChoice;
import dev.mcpauth.client.token.HeadlessRedirectFollower;
import dev.mcpauth.client.token.TokenSource;

/**
 * The reference client library, called in-process the way its command line does under the conformance contract
 * (its revision choice {@code auto}):
 * pre-registered credentials when the scenario offers them (client credentials grant), else its client ID metadata
 * document when the scenario offers one and the authorization server supports it, else dynamic registration, with
 * the authorization code grant followed headlessly. Self-tests subclass it to make one step defective.
 */
public class ReferenceClientInProcess implements ClientUnderTest {

    @Override
    public ClientOutcome run(ClientRun run) {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "client-under-test");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<?> work = executor.submit(() -> connectAndListTools(settings(run)));
            work.get(run.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new ClientOutcome(true, describe() + " connected and listed the tools");
        } catch (TimeoutException e) {
            return new ClientOutcome(false, describe() + " did not finish within " + run.timeout().toSeconds()
                    + " s");
        } catch (ExecutionException e) {
            return new ClientOutcome(false, describe() + " stopped: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ClientOutcome(false, describe() + " was interrupted");
        } finally {
            executor.shutdownNow();
        }
    }

    @Override
    public String describe() {
        return "the reference client (in-process)";
    }

    /** What the command line would use for this run. */
    protected ClientSettings settings(ClientRun run) {
        ConfiguredClient client = run.clientId().map(id -> new ConfiguredClient(Optional.of(id),
                run.clientSecret().map(Secret::new), Optional.empty(), Optional.empty(), Optional.empty()))
                .orElse(ConfiguredClient.none());
        return ClientSettings.forServer(run.serverUrl())
                .withClient(client)
                .withMetadataDocument(run.clientMetadataUrl().map(ClientIdMetadataDocument::at))
                .withGrant(run.hasCredentials() ? GrantChoice.CLIENT_CREDENTIALS : GrantChoice.AUTHORIZATION_CODE)
                .withCredentialsFile(run.workDirectory().resolve("credentials.json"))
                .withOpener(opener())
                .withRedirectTimeout(Duration.ofSeconds(Math.max(1, run.timeout().toSeconds() / 2)));
    }

    /** How the authorization URL is opened: followed headlessly. */
    protected AuthorizationUrlOpener opener() {
        return new HeadlessRedirectFollower(Narrator.SILENT);
    }

    /** The one authorization layer of the command line. */
    protected ServerAuthorization authorization(ClientSettings settings) {
        return new ServerAuthorization(settings);
    }

    /** Discovery and authorization through the probe, for test doubles that take the 2025 path apart. */
    protected Optional<TokenSource> authorize(ClientSettings settings) {
        return McpAuthorization.discover(settings);
    }

    /** The 2025 MCP session: initialize and list the tools, for test doubles that take the 2025 path apart. */
    protected void useMcp(ClientSettings settings, Optional<TokenSource> tokens) {
        try (AuthorizedMcpClient client = AuthorizedMcpClient.connect(settings.serverUrl(), tokens,
                settings.narrator())) {
            client.listTools();
        }
    }

    /**
     * What the command line does: one authorization for every wire, the connection opened in the revision the
     * settings choose (by default 2026-07-28 first, {@code initialize} when the server does not speak it), the tools
     * listed.
     */
    protected void connectAndListTools(ClientSettings settings) {
        ServerAuthorization authorization = authorization(settings);
        try (McpConnection connection = McpConnections.open(settings.serverUrl(), settings.protocol(), authorization,
                settings.narrator())) {
            connection.listTools();
        }
    }
}

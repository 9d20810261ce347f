package dev.mcpauth.client.mcp;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicReference;

import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.ServerFailure;
import dev.mcpauth.client.discovery.AuthenticationChallenge;
import dev.mcpauth.client.discovery.WellKnownUrls;
import dev.mcpauth.client.token.TokenSource;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.HttpRequestSnapshot;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.client.transport.customizer.McpHttpClientTransportAuthorizationErrorHandler;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema;
import org.reactivestreams.Publisher;

/**
 * MCP calls through the official MCP Java SDK's Streamable HTTP client transport. Every request carries the
 * access token in the {@code Authorization} header and nowhere else (MCP authorization, "Token Requirements");
 * a 401 or a 403 {@code insufficient_scope} goes to the {@link TokenSource}, which decides whether the request is
 * retried with a new token.
 */
public final class AuthorizedMcpClient implements AutoCloseable {

    private static final int MAX_RETRIES = 3;
    static final String PROTOCOL_VERSION = "2025-06-18";

    private final McpSyncClient client;

    private AuthorizedMcpClient(McpSyncClient client) {
        this.client = client;
    }

    /** Builds the transport and client and runs the MCP initialization. */
    public static AuthorizedMcpClient connect(String serverUrl, Optional<TokenSource> tokens, Narrator narrator) {
        return connect(serverUrl, tokens, challenges -> null, narrator);
    }

    /**
     * As {@link #connect(String, Optional, Narrator)}; when there is no token source yet and a later request is
     * answered 401 (a server that lets {@code initialize} through), {@code lateDiscovery} builds one from that 401's
     * challenges and the request is retried with a token.
     */
    public static AuthorizedMcpClient connect(String serverUrl, Optional<TokenSource> tokens,
                                              Function<List<String>, TokenSource> lateDiscovery, Narrator narrator) {
        tokens.ifPresent(TokenSource::accessToken); // authorization failures surface here, not inside the SDK
        AtomicReference<TokenSource> source = new AtomicReference<>(tokens.orElse(null));
        URI uri = URI.create(serverUrl);
        String endpoint = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        HttpClientStreamableHttpTransport.Builder transport = HttpClientStreamableHttpTransport
                .builder(WellKnownUrls.origin(uri))
                .endpoint(endpoint.isEmpty() ? "/" : endpoint)
                .connectTimeout(Duration.ofSeconds(15))
                // the revision whose authorization this client implements; also what it names on the GET stream
                // the SDK opens while initialize is still under way
                .supportedProtocolVersions(List.of(PROTOCOL_VERSION));
        // the SDK names its latest supported version on GET and DELETE; every request after initialization should
        // name the negotiated one (MCP transports, "Protocol Version Header")
        AtomicReference<String> negotiated = new AtomicReference<>();
        transport.httpRequestCustomizer((request, method, target, body, context) -> {
            TokenSource current = source.get();
            if (current != null) {
                request.setHeader("Authorization", "Bearer " + current.accessToken());
            }
            if (negotiated.get() != null) {
                request.setHeader("MCP-Protocol-Version", negotiated.get());
            }
        });
        transport.authorizationErrorHandler(new TokenRenewingHandler(source, lateDiscovery, narrator));
        McpSyncClient client = McpClient.sync(transport.build())
                .clientInfo(new McpSchema.Implementation("mcp-auth-reference-client", "0.1.0"))
                .requestTimeout(Duration.ofSeconds(60))
                .build();
        AuthorizedMcpClient connected = new AuthorizedMcpClient(client);
        narrator.step("MCP: initialize at " + serverUrl + " through the MCP Java SDK transport");
        McpSchema.InitializeResult initialized = connected.call(client::initialize, "initialize");
        negotiated.set(initialized.protocolVersion());
        return connected;
    }

    public List<McpSchema.Tool> listTools() {
        return call(() -> client.listTools().tools(), "tools/list");
    }

    public McpSchema.CallToolResult callTool(String name, Map<String, Object> arguments) {
        return call(() -> client.callTool(new McpSchema.CallToolRequest(name, arguments)), "tools/call " + name);
    }

    @Override
    public void close() {
        client.closeGracefully();
    }

    private <T> T call(java.util.function.Supplier<T> action, String what) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof AuthorizationFailure failure) {
                    throw failure;
                }
                if (cause instanceof McpHttpClientTransportAuthorizationException refused) {
                    throw new AuthorizationFailure("the MCP server refused " + what + " with the token: "
                            + refused.getMessage(), e);
                }
            }
            throw new ServerFailure("MCP " + what + " failed: " + e.getMessage(), e);
        }
    }

    /** Reacts to 401 and 403 insufficient_scope answers by renewing the token, within the source's limits. */
    private static final class TokenRenewingHandler implements McpHttpClientTransportAuthorizationErrorHandler {

        private final McpHttpClientTransportAuthorizationErrorHandler delegate;

        TokenRenewingHandler(AtomicReference<TokenSource> source, Function<List<String>, TokenSource> lateDiscovery,
                             Narrator narrator) {
            this.delegate = McpHttpClientTransportAuthorizationErrorHandler.fromSync((request, response, context) -> {
                if (source.get() == null) {
                    if (response.statusCode() != 401) {
                        return false;
                    }
                    TokenSource discovered = lateDiscovery.apply(response.headers().allValues("WWW-Authenticate"));
                    if (discovered == null) {
                        return false;
                    }
                    source.set(discovered);
                    return true;
                }
                return decide(source.get(), narrator, request, response);
            });
        }

        private static boolean decide(TokenSource tokens, Narrator narrator, HttpRequestSnapshot request,
                                      java.net.http.HttpResponse.ResponseInfo response) {
            String sent = request.headers().firstValue("Authorization")
                    .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                    .map(value -> value.substring(7)).orElse(null);
            List<String> challenges = response.headers().allValues("WWW-Authenticate");
            Optional<AuthenticationChallenge> bearer = challenges.stream()
                    .flatMap(value -> AuthenticationChallenge.parse(value).stream())
                    .filter(AuthenticationChallenge::isBearer).findFirst();
            narrator.step("MCP: " + request.method() + " " + request.requestUri() + " answered "
                    + response.statusCode() + bearer.flatMap(c -> c.parameter("error")).map(e -> " " + e).orElse(""));
            if (response.statusCode() == 401) {
                return tokens.onUnauthorized(sent);
            }
            if (response.statusCode() == 403 && bearer.flatMap(c -> c.parameter("error"))
                    .filter("insufficient_scope"::equals).isPresent()) {
                return tokens.onInsufficientScope(sent, bearer.flatMap(c -> c.parameter("scope")).orElse(null));
            }
            return false;
        }

        @Override
        public Publisher<Boolean> handle(HttpRequestSnapshot request, java.net.http.HttpResponse.ResponseInfo response,
                                         McpTransportContext context) {
            return delegate.handle(request, response, context);
        }

        @Override
        public int maxRetries() {
            return MAX_RETRIES;
        }
    }
}

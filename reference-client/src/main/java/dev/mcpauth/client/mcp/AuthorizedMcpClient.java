package dev.mcpauth.client.mcp;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.ServerFailure;
import dev.mcpauth.client.discovery.WellKnownUrls;
import dev.mcpauth.client.store.CredentialFileException;
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
 * The 2025 wire (2025-11-25, 2025-06-18): {@code initialize} and a session, through the official MCP Java SDK's
 * Streamable HTTP client transport. Every request carries the access token in the {@code Authorization} header and
 * nowhere else (MCP authorization, "Token Requirements"); a 401 or a 403 goes to the {@link RequestAuthorization},
 * which decides whether the request is sent again.
 */
public final class AuthorizedMcpClient implements McpConnection {

    private static final int MAX_RETRIES = 3;
    static final String PROTOCOL_VERSION = "2025-06-18";

    private final McpSyncClient client;
    private final Narrator narrator;
    private String negotiated;

    private AuthorizedMcpClient(McpSyncClient client, Narrator narrator) {
        this.client = client;
        this.narrator = narrator;
    }

    /** Builds the transport and client and runs the MCP initialization (2025-06-18). */
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
        return connect(serverUrl, fromTokenSource(tokens, lateDiscovery), List.of(PROTOCOL_VERSION), narrator);
    }

    /**
     * Builds the transport and client for the revisions {@code versions} (newest first) and runs the MCP
     * initialization, which settles on one of them.
     */
    public static AuthorizedMcpClient connect(String serverUrl, RequestAuthorization authorization,
                                              List<String> versions, Narrator narrator) {
        URI uri = URI.create(serverUrl);
        String endpoint = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        HttpClientStreamableHttpTransport.Builder transport = HttpClientStreamableHttpTransport
                .builder(WellKnownUrls.origin(uri))
                .endpoint(endpoint.isEmpty() ? "/" : endpoint)
                .connectTimeout(Duration.ofSeconds(15))
                .supportedProtocolVersions(versions);
        // the SDK opens its GET stream as soon as initialize is answered, before it has read which revision the
        // server chose, and names its own newest there; every request after initialization should name the
        // negotiated one (MCP transports, "Protocol Version Header"), so that early GET is not sent (the stream is
        // optional, and this client needs no server-initiated messages)
        AtomicReference<String> negotiated = new AtomicReference<>();
        transport.httpRequestCustomizer((request, method, target, body, context) -> {
            if (negotiated.get() == null && "GET".equals(method)) {
                throw new IllegalStateException("no GET stream before the negotiated revision is known");
            }
            authorization.accessToken().ifPresent(token -> request.setHeader("Authorization", "Bearer " + token));
            if (negotiated.get() != null) {
                request.setHeader("MCP-Protocol-Version", negotiated.get());
            }
        });
        transport.authorizationErrorHandler(new RefusalHandler(authorization, narrator));
        McpSyncClient client = McpClient.sync(transport.build())
                .clientInfo(new McpSchema.Implementation("mcp-auth-reference-client", "0.1.0"))
                .requestTimeout(Duration.ofSeconds(60))
                .build();
        AuthorizedMcpClient connected = new AuthorizedMcpClient(client, narrator);
        narrator.step("MCP: initialize at " + serverUrl + " (revisions " + versions + ") through the MCP Java SDK");
        McpSchema.InitializeResult initialized = connected.call(client::initialize, "initialize");
        negotiated.set(initialized.protocolVersion());
        connected.negotiated = initialized.protocolVersion();
        narrator.step("MCP: the server initialized revision " + initialized.protocolVersion());
        return connected;
    }

    @Override
    public String protocolVersion() {
        return negotiated;
    }

    /** The tools, as the 2025 SDK types them. */
    public List<McpSchema.Tool> tools() {
        return call(() -> client.listTools().tools(), "tools/list");
    }

    @Override
    public List<Tool> listTools() {
        return tools().stream().map(tool -> new Tool(tool.name(), tool.description())).toList();
    }

    @Override
    public ToolResult callTool(String name, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = call(() -> client.callTool(new McpSchema.CallToolRequest(name, arguments)),
                "tools/call " + name);
        return new ToolResult(result, Boolean.TRUE.equals(result.isError()));
    }

    @Override
    public void close() {
        client.closeGracefully();
    }

    private <T> T call(Supplier<T> action, String what) {
        try {
            return ResponseLost.retryOnce(action, what, narrator);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof AuthorizationFailure failure) {
                    throw failure;
                }
                if (cause instanceof CredentialFileException unusable) {
                    throw unusable;
                }
                if (cause instanceof McpHttpClientTransportAuthorizationException refused) {
                    throw new AuthorizationFailure("the MCP server refused " + what + " with the token: "
                            + refused.getMessage(), e);
                }
            }
            throw new ServerFailure("MCP " + what + " failed: " + e.getMessage(), e);
        }
    }

    /** A token source given up front, else one {@code lateDiscovery} builds from the first 401. */
    private static RequestAuthorization fromTokenSource(Optional<TokenSource> tokens,
                                                        Function<List<String>, TokenSource> lateDiscovery) {
        AtomicReference<TokenSource> source = new AtomicReference<>(tokens.orElse(null));
        return new RequestAuthorization() {
            @Override
            public Optional<String> accessToken() {
                return Optional.ofNullable(source.get()).map(TokenSource::accessToken);
            }

            @Override
            public boolean onRefused(int status, String sentToken, List<String> challenges) {
                if (source.get() != null) {
                    return source.get().onRefused(status, sentToken, challenges);
                }
                TokenSource discovered = status == 401 ? lateDiscovery.apply(challenges) : null;
                source.set(discovered);
                return discovered != null;
            }
        };
    }

    /** Hands 401 and 403 answers to the authorization layer, which decides about a retry. */
    private static final class RefusalHandler implements McpHttpClientTransportAuthorizationErrorHandler {

        private final McpHttpClientTransportAuthorizationErrorHandler delegate;

        RefusalHandler(RequestAuthorization authorization, Narrator narrator) {
            this.delegate = McpHttpClientTransportAuthorizationErrorHandler.fromSync((request, response, context) -> {
                narrator.step("MCP: " + request.method() + " " + request.requestUri() + " answered "
                        + response.statusCode());
                return authorization.onRefused(response.statusCode(), sentToken(request),
                        response.headers().allValues("WWW-Authenticate"));
            });
        }

        private static String sentToken(HttpRequestSnapshot request) {
            return request.headers().firstValue("Authorization")
                    .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                    .map(value -> value.substring(7)).orElse(null);
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

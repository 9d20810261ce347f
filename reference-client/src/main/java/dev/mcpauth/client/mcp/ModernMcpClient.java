package dev.mcpauth.client.mcp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.ServerFailure;
import dev.mcpauth.client.store.CredentialFileException;
import io.modelcontextprotocol.modern.McpException;
import io.modelcontextprotocol.modern.McpSchema;
import io.modelcontextprotocol.modern.client.McpClient;
import io.modelcontextprotocol.modern.client.McpSyncClient;
import io.modelcontextprotocol.modern.client.transport.HttpClientMcpTransport;
import io.modelcontextprotocol.modern.client.transport.McpHttpAuthorizationErrorHandler;
import io.modelcontextprotocol.modern.client.transport.McpHttpRequest;
import io.modelcontextprotocol.modern.client.transport.McpHttpRequestCustomizer;
import io.modelcontextprotocol.modern.client.transport.McpHttpResponseInfo;
import io.modelcontextprotocol.modern.client.transport.McpHttpStatusException;
import io.modelcontextprotocol.common.McpTransportContext;

/**
 * The stateless 2026-07-28 wire through the MCP Java SDK's {@code io.modelcontextprotocol.modern} client: every
 * request carries {@code _meta} (protocol version, client info and capabilities) and the standard headers
 * ({@code MCP-Protocol-Version}, {@code Mcp-Method}, {@code Mcp-Name}); there is no {@code initialize} and no
 * session. The token goes on every request from the same {@link RequestAuthorization} as on the 2025 wire.
 */
public final class ModernMcpClient implements McpConnection {

    public static final String PROTOCOL_VERSION = "2026-07-28";
    private static final int MAX_RETRIES = 3;
    /** The JSON-RPC errors only a 2026-07-28 server sends: header mismatch, missing capability, version. */
    private static final Set<Integer> MODERN_ERRORS = Set.of(-32020, -32021, -32022);

    private final McpSyncClient client;
    private final Narrator narrator;

    private ModernMcpClient(McpSyncClient client, Narrator narrator) {
        this.client = client;
        this.narrator = narrator;
    }

    /**
     * Opens the connection with {@code server/discover}. Throws {@link LegacyServer} when the answer is one a
     * server without 2026-07-28 gives (MCP 2026-07-28, Streamable HTTP "Backward Compatibility": a 4xx without a
     * recognized modern JSON-RPC error, or a JSON-RPC error that is not one).
     */
    public static ModernMcpClient connect(String serverUrl, RequestAuthorization authorization, Narrator narrator) {
        HttpClientMcpTransport transport = HttpClientMcpTransport.builder(serverUrl)
                .connectTimeout(Duration.ofSeconds(15))
                .requestCustomizer(McpHttpRequestCustomizer.fromSync((request, headers, context) ->
                        authorization.accessToken().ifPresent(token -> headers.set("Authorization",
                                "Bearer " + token))))
                .authorizationErrorHandler(McpHttpAuthorizationErrorHandler.fromSync(new RefusalHandler(
                        authorization, narrator)))
                .build();
        McpSyncClient client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("mcp-auth-reference-client", null, "0.1.0", null, null,
                        null))
                .callTimeout(Duration.ofSeconds(60))
                .build();
        ModernMcpClient connected = new ModernMcpClient(client, narrator);
        narrator.step("MCP: server/discover at " + serverUrl + " (revision " + PROTOCOL_VERSION
                + ", stateless) through the MCP Java SDK");
        McpSchema.DiscoverResult discovered;
        try {
            discovered = ResponseLost.retryOnce(client::discover, "server/discover", narrator);
        } catch (McpHttpStatusException e) {
            if (e.statusCode() / 100 == 4 && e.statusCode() != 401 && e.statusCode() != 403) {
                throw new LegacyServer("HTTP " + e.statusCode() + " without a 2026-07-28 error", e);
            }
            throw connected.failure(e, "server/discover");
        } catch (McpException e) {
            Integer code = e.error() == null ? null : e.error().code();
            if (code == null || !MODERN_ERRORS.contains(code) || code == -32022 && !supported(e).isEmpty()
                    && !supported(e).contains(PROTOCOL_VERSION)) {
                throw new LegacyServer("JSON-RPC error " + code + " " + e.getMessage(), e);
            }
            throw connected.failure(e, "server/discover");
        } catch (RuntimeException e) {
            throw connected.failure(e, "server/discover");
        }
        narrator.step("MCP: the server speaks " + discovered.supportedVersions());
        return connected;
    }

    @SuppressWarnings("unchecked")
    private static List<String> supported(McpException e) {
        return e.error().data() instanceof Map<?, ?> data && data.get("supported") instanceof List<?> list
                ? (List<String>) list : List.of();
    }

    @Override
    public String protocolVersion() {
        return PROTOCOL_VERSION;
    }

    @Override
    public List<Tool> listTools() {
        return call(() -> client.listTools().list().tools(), "tools/list").stream()
                .map(tool -> new Tool(tool.name(), tool.description())).toList();
    }

    @Override
    public ToolResult callTool(String name, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = call(() -> client.tool(name).arguments(arguments).call(),
                "tools/call " + name);
        return new ToolResult(result, Boolean.TRUE.equals(result.isError()));
    }

    @Override
    public void close() {
        // stateless: nothing to end at the server
    }

    private <T> T call(Supplier<T> action, String what) {
        try {
            return ResponseLost.retryOnce(action, what, narrator);
        } catch (RuntimeException e) {
            throw failure(e, what);
        }
    }

    private RuntimeException failure(RuntimeException e, String what) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationFailure failure) {
                return failure;
            }
            if (cause instanceof CredentialFileException unusable) {
                return unusable;
            }
            if (cause instanceof McpHttpStatusException status
                    && (status.statusCode() == 401 || status.statusCode() == 403)) {
                return new AuthorizationFailure("the MCP server refused " + what + " with HTTP "
                        + status.statusCode() + " " + status.headers().allValues("WWW-Authenticate"), e);
            }
        }
        return new ServerFailure("MCP " + what + " failed: " + e.getMessage(), e);
    }

    /** The server answered as one without 2026-07-28 does: the caller falls back to {@code initialize}. */
    public static final class LegacyServer extends RuntimeException {
        LegacyServer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Hands 401 and 403 answers to the authorization layer, which decides about a retry. */
    private record RefusalHandler(RequestAuthorization authorization, Narrator narrator)
            implements McpHttpAuthorizationErrorHandler.Sync {

        @Override
        public boolean handle(McpHttpRequest request, McpHttpResponseInfo response, McpTransportContext context) {
            narrator.step("MCP: " + request.mcpMethod() + " answered HTTP " + response.statusCode());
            String sent = request.headers().firstValue("Authorization")
                    .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                    .map(value -> value.substring(7)).orElse(null);
            return authorization.onRefused(response.statusCode(), sent,
                    response.headers().allValues("WWW-Authenticate"));
        }

        @Override
        public int maxRetries() {
            return MAX_RETRIES;
        }
    }
}

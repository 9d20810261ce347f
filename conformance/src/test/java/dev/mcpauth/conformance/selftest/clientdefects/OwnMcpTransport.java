package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.discovery.WellKnownUrls;
import dev.mcpauth.client.token.TokenSource;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.customizer.McpHttpClientTransportAuthorizationErrorHandler;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * The reference client's authorization with an MCP SDK transport of the test's own, so that a subclass decides how
 * the token goes on each request, what else each request carries, or what a refusal leads to. Everything else is
 * as the reference client does it.
 */
abstract class OwnMcpTransport extends ReassembledClient {

    /** Puts the token on one request, as the reference client does. */
    protected void presentToken(HttpRequest.Builder request, String method, URI target, String token) {
        request.setHeader("Authorization", "Bearer " + token);
    }

    /** Changes one request the SDK wrote, besides its token: nothing, as the reference client. */
    protected void adjust(HttpRequest.Builder request, String method, String body) {
    }

    /** What a 401 or 403 leads to, given the token source in use: nothing, the SDK gives up. */
    protected Optional<McpHttpClientTransportAuthorizationErrorHandler> onRefusal(
            AtomicReference<TokenSource> tokens) {
        return Optional.empty();
    }

    @Override
    protected void useMcp(ClientSettings settings, Optional<TokenSource> tokens) {
        URI uri = URI.create(settings.serverUrl());
        AtomicReference<TokenSource> source = new AtomicReference<>(tokens.orElseThrow());
        HttpClientStreamableHttpTransport.Builder transport = HttpClientStreamableHttpTransport
                .builder(WellKnownUrls.origin(uri)).endpoint(uri.getRawPath())
                .supportedProtocolVersions(List.of("2025-06-18")) // as the reference client: one defect only
                .httpRequestCustomizer((request, method, target, body, context) -> {
                    presentToken(request, method, target, source.get().accessToken());
                    adjust(request, method, body);
                });
        onRefusal(source).ifPresent(transport::authorizationErrorHandler);
        McpSyncClient client = McpClient.sync(transport.build()).requestTimeout(Duration.ofSeconds(10))
                .clientInfo(new McpSchema.Implementation("defective-client", "0")).build();
        try {
            client.initialize();
            client.listTools();
        } finally {
            client.closeGracefully();
        }
    }
}

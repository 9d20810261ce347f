package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.discovery.WellKnownUrls;
import dev.mcpauth.client.token.TokenSource;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * The reference client's authorization with an MCP SDK transport of the test's own, so that a subclass decides how
 * the token goes on each request. Everything else is as the reference client does it.
 */
abstract class OwnMcpTransport extends ReferenceClientInProcess {

    /** Puts the token on one request, defectively. */
    protected abstract void presentToken(HttpRequest.Builder request, String method, URI target, String token);

    @Override
    protected void useMcp(ClientSettings settings, Optional<TokenSource> tokens) {
        URI uri = URI.create(settings.serverUrl());
        TokenSource source = tokens.orElseThrow();
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder(WellKnownUrls.origin(uri)).endpoint(uri.getRawPath())
                .supportedProtocolVersions(List.of("2025-06-18")) // as the reference client: one defect only
                .httpRequestCustomizer((request, method, target, body, context) ->
                        presentToken(request, method, target, source.accessToken()))
                .build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(10))
                .clientInfo(new McpSchema.Implementation("defective-client", "0")).build();
        try {
            client.initialize();
            client.listTools();
        } finally {
            client.closeGracefully();
        }
    }
}

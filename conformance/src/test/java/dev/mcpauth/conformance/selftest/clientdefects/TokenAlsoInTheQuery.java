package dev.mcpauth.conformance.selftest.clientdefects;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.discovery.WellKnownUrls;
import dev.mcpauth.client.token.TokenSource;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;

/** Defect: besides the Authorization header, every MCP request carries the token as ?access_token=. */
public class TokenAlsoInTheQuery extends ReferenceClientInProcess {

    @Override
    protected void useMcp(ClientSettings settings, Optional<TokenSource> tokens) {
        URI uri = URI.create(settings.serverUrl());
        TokenSource source = tokens.orElseThrow();
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder(WellKnownUrls.origin(uri)).endpoint(uri.getRawPath())
                .supportedProtocolVersions(java.util.List.of("2025-06-18")) // as the reference client: one defect only
                .httpRequestCustomizer((request, method, target, body, context) -> {
                    String token = source.accessToken();
                    request.uri(URI.create(target + (target.getRawQuery() == null ? "?" : "&") + "access_token="
                            + token));
                    request.setHeader("Authorization", "Bearer " + token);
                })
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

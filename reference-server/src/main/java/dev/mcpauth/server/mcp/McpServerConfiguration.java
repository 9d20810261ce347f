package dev.mcpauth.server.mcp;

import java.time.Duration;
import java.util.Map;

import dev.mcpauth.server.config.ReferenceServerProperties;
import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.resource.AccessTokenVerifier;
import dev.mcpauth.server.resource.AuthenticatedCaller;
import dev.mcpauth.server.resource.BearerChallenge;
import dev.mcpauth.server.resource.BearerTokenFilter;
import dev.mcpauth.server.resource.SessionOwners;
import dev.mcpauth.server.resource.ToolScopeRequirements;
import dev.mcpauth.server.store.ClientStore;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MCP endpoint: the official SDK's Streamable HTTP servlet at {@code /mcp}, behind the bearer-token gate, with
 * Origin and protocol-version checks.
 */
@Configuration
public class McpServerConfiguration {

    private static final int GATE_ORDER = org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10;

    @Bean
    HttpServletStreamableServerTransportProvider mcpTransport(ReferenceServerProperties properties) {
        DefaultServerTransportSecurityValidator originCheck = DefaultServerTransportSecurityValidator.builder()
                .allowedOrigins(properties.allowedOrigins()).build();
        ProtocolVersionHeaderValidator versionCheck = new ProtocolVersionHeaderValidator();
        return HttpServletStreamableServerTransportProvider.builder()
                .mcpEndpoint(ServerUrls.MCP_PATH)
                .httpHeaderValidator(headers -> {
                    originCheck.validate(headers);
                    versionCheck.validate(headers);
                })
                .contextExtractor(request -> McpTransportContext.create(Map.of(AuthenticatedCaller.ATTRIBUTE,
                        request.getAttribute(AuthenticatedCaller.ATTRIBUTE))))
                .keepAliveInterval(Duration.ofSeconds(30))
                .build();
    }

    @Bean
    ServletRegistrationBean<HttpServletStreamableServerTransportProvider> mcpServlet(
            HttpServletStreamableServerTransportProvider transport) {
        ServletRegistrationBean<HttpServletStreamableServerTransportProvider> registration =
                new ServletRegistrationBean<>(transport, ServerUrls.MCP_PATH, ServerUrls.MCP_PATH + "/*");
        registration.setAsyncSupported(true);
        return registration;
    }

    @Bean
    McpSessionsEndFirstOnShutdown mcpSessionsEndFirstOnShutdown(HttpServletStreamableServerTransportProvider transport) {
        return new McpSessionsEndFirstOnShutdown(transport);
    }

    @Bean(destroyMethod = "close")
    McpSyncServer mcpServer(HttpServletStreamableServerTransportProvider transport, ClientStore clients) {
        return McpServer.sync(transport)
                .serverInfo("mcp-auth-reference-server", "0.1.0")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .tools(new McpTools(clients).all())
                .build();
    }

    /** SDK error answers become id-less JSON-RPC errors, without the Java internals the SDK puts in them. */
    @Bean
    FilterRegistrationBean<TransportErrorBodies> transportErrorBodies() {
        FilterRegistrationBean<TransportErrorBodies> registration =
                new FilterRegistrationBean<>(new TransportErrorBodies());
        registration.addUrlPatterns(ServerUrls.MCP_PATH, ServerUrls.MCP_PATH + "/*");
        registration.setAsyncSupported(true);
        return registration;
    }

    /** Every SSE event gets an id of its own, never reused within the session. */
    @Bean
    FilterRegistrationBean<UniqueEventIds> uniqueEventIds() {
        FilterRegistrationBean<UniqueEventIds> registration = new FilterRegistrationBean<>(new UniqueEventIds());
        registration.addUrlPatterns(ServerUrls.MCP_PATH, ServerUrls.MCP_PATH + "/*");
        registration.setAsyncSupported(true);
        return registration;
    }

    /** Whether a connection stays open is Tomcat's decision alone. */
    @Bean
    FilterRegistrationBean<ContainerManagedConnections> containerManagedConnections() {
        FilterRegistrationBean<ContainerManagedConnections> registration =
                new FilterRegistrationBean<>(new ContainerManagedConnections());
        registration.addUrlPatterns(ServerUrls.MCP_PATH, ServerUrls.MCP_PATH + "/*");
        registration.setAsyncSupported(true);
        return registration;
    }

    /** A GET's event stream is announced at once, not with its first keep-alive. */
    @Bean
    FilterRegistrationBean<EventStreamHeaders> eventStreamHeaders() {
        FilterRegistrationBean<EventStreamHeaders> registration =
                new FilterRegistrationBean<>(new EventStreamHeaders());
        registration.addUrlPatterns(ServerUrls.MCP_PATH, ServerUrls.MCP_PATH + "/*");
        registration.setAsyncSupported(true);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenGate(AccessTokenVerifier verifier, ServerUrls urls) {
        BearerTokenFilter filter = new BearerTokenFilter(verifier,
                new ToolScopeRequirements(McpTools.EXTRA_SCOPE_BY_TOOL), new SessionOwners(),
                () -> new BearerChallenge(urls.protectedResourceMetadata()));
        FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(ServerUrls.MCP_PATH, ServerUrls.MCP_PATH + "/*");
        registration.setAsyncSupported(true);
        registration.setOrder(GATE_ORDER);
        return registration;
    }

    /** After the gate (a caller without a token learns nothing about the body), before the SDK. */
    @Bean
    FilterRegistrationBean<JsonRpcBodyCheck> jsonRpcBodyCheck() {
        FilterRegistrationBean<JsonRpcBodyCheck> registration = new FilterRegistrationBean<>(new JsonRpcBodyCheck());
        registration.addUrlPatterns(ServerUrls.MCP_PATH, ServerUrls.MCP_PATH + "/*");
        registration.setAsyncSupported(true);
        registration.setOrder(GATE_ORDER + 1);
        return registration;
    }
}

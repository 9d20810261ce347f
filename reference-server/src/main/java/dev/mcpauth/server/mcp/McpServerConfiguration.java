package dev.mcpauth.server.mcp;

import java.security.SecureRandom;
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
import dev.mcpauth.server.config.McpProperties;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.modern.McpSchema.CacheScope;
import io.modelcontextprotocol.modern.McpSchema.Implementation;
import io.modelcontextprotocol.modern.server.HmacRequestStateCodec;
import io.modelcontextprotocol.modern.server.feature.ToolsFeature;
import io.modelcontextprotocol.modern.server.transport.HttpServletMcpTransport;
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
 * The MCP endpoint {@code /mcp}, behind the bearer-token gate, with Origin and protocol-version checks: the official
 * SDK's 2025 Streamable HTTP servlet (sessions) and its 2026-07-28 stateless servlet, one chosen per request by
 * {@link ProtocolEra}.
 */
@Configuration
public class McpServerConfiguration {

    private static final int GATE_ORDER = org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10;
    private static final String SERVER_NAME = "mcp-auth-reference-server";
    private static final String SERVER_VERSION = "0.1.0";
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(30);

    @Bean
    HttpServletStreamableServerTransportProvider mcpTransport(ReferenceServerProperties properties) {
        DefaultServerTransportSecurityValidator originCheck = originCheck(properties);
        ProtocolVersionHeaderValidator versionCheck = new ProtocolVersionHeaderValidator();
        return HttpServletStreamableServerTransportProvider.builder()
                .mcpEndpoint(ServerUrls.MCP_PATH)
                .httpHeaderValidator(headers -> {
                    originCheck.validate(headers);
                    versionCheck.validate(headers);
                })
                .contextExtractor(McpServerConfiguration::callerContext)
                .keepAliveInterval(KEEP_ALIVE)
                .build();
    }

    /**
     * The SDK servlets are reached only through {@link McpEndpoint}, behind the gate. A servlet bean without a
     * registration would be mapped by Spring Boot on a path of its own, so the 2025 transport's registration is
     * declared, disabled.
     */
    @Bean
    ServletRegistrationBean<HttpServletStreamableServerTransportProvider> sessionTransportOnlyBehindTheEndpoint(
            HttpServletStreamableServerTransportProvider transport) {
        ServletRegistrationBean<HttpServletStreamableServerTransportProvider> registration =
                new ServletRegistrationBean<>(transport);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    ServletRegistrationBean<McpEndpoint> mcpServlet(HttpServletStreamableServerTransportProvider transport,
                                                    ReferenceServerProperties properties, McpProperties mcp,
                                                    ClientStore clients) {
        McpEndpoint endpoint = new McpEndpoint(transport, statelessTransport(properties, mcp, clients));
        ServletRegistrationBean<McpEndpoint> registration =
                new ServletRegistrationBean<>(endpoint, ServerUrls.MCP_PATH, ServerUrls.MCP_PATH + "/*");
        registration.setAsyncSupported(true);
        return registration;
    }

    /** The 2026-07-28 wire: the SDK's stateless server, with the same tools, and its servlet transport. */
    private static HttpServletMcpTransport statelessTransport(ReferenceServerProperties properties,
                                                              McpProperties mcp, ClientStore clients) {
        long ttlMs = mcp.cacheTtl().toMillis();
        var server = io.modelcontextprotocol.modern.server.McpServer.builder()
                .serverInfo(Implementation.builder(SERVER_NAME, SERVER_VERSION).build())
                .supportedVersions(ProtocolEra.ANNOUNCED_VERSIONS)
                .discoverCache(ttlMs, CacheScope.PRIVATE)
                .requestStateCodec(requestStateOfTheCaller())
                .feature(ToolsFeature.ofSync(new StatelessTools(new McpTools(clients).all()),
                        McpJsonDefaults.getMapper(), McpJsonDefaults.getSchemaValidator(), ttlMs, CacheScope.PRIVATE))
                .build();
        return HttpServletMcpTransport.builder(server)
                .endpoint(ServerUrls.MCP_PATH)
                .httpHeaderValidator(originCheck(properties))
                .contextExtractor(McpServerConfiguration::callerContext)
                .keepAliveInterval(KEEP_ALIVE)
                .build();
    }

    /**
     * A multi round-trip {@code requestState} is sealed for the caller it was issued to, so that another caller's token
     * cannot reopen it (a state handle is never authentication), with a key of this process: one server, one key.
     */
    private static HmacRequestStateCodec requestStateOfTheCaller() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HmacRequestStateCodec.builder().key(key).principalExtractor(context ->
                ((AuthenticatedCaller) context.get(AuthenticatedCaller.ATTRIBUTE)).sessionOwnerKey()).build();
    }

    private static DefaultServerTransportSecurityValidator originCheck(ReferenceServerProperties properties) {
        return DefaultServerTransportSecurityValidator.builder().allowedOrigins(properties.allowedOrigins()).build();
    }

    /** The caller the gate verified, handed to the tools. */
    private static McpTransportContext callerContext(jakarta.servlet.http.HttpServletRequest request) {
        return McpTransportContext.create(Map.of(AuthenticatedCaller.ATTRIBUTE,
                request.getAttribute(AuthenticatedCaller.ATTRIBUTE)));
    }

    @Bean
    McpSessionsEndFirstOnShutdown mcpSessionsEndFirstOnShutdown(HttpServletStreamableServerTransportProvider transport) {
        return new McpSessionsEndFirstOnShutdown(transport);
    }

    @Bean(destroyMethod = "close")
    McpSyncServer mcpServer(HttpServletStreamableServerTransportProvider transport, ClientStore clients) {
        return McpServer.sync(transport)
                .serverInfo(SERVER_NAME, SERVER_VERSION)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .tools(SessionTools.of(new McpTools(clients).all()))
                .build();
    }

    /**
     * Error answers on the endpoint are JSON-RPC errors, without the Java internals the SDK puts in them and never
     * the container's error page. Outermost, so that it also sees the refusals of the filters after it.
     */
    @Bean
    FilterRegistrationBean<TransportErrorBodies> transportErrorBodies() {
        FilterRegistrationBean<TransportErrorBodies> registration =
                new FilterRegistrationBean<>(new TransportErrorBodies());
        registration.addUrlPatterns(ServerUrls.MCP_PATH, ServerUrls.MCP_PATH + "/*");
        registration.setAsyncSupported(true);
        registration.setOrder(GATE_ORDER - 1);
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
                request -> ProtocolEra.of(request) == ProtocolEra.SESSIONS,
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

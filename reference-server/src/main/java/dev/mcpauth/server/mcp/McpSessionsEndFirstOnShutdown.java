package dev.mcpauth.server.mcp;

import java.time.Duration;

import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Ends every MCP session, and with it every open event stream, before Tomcat's graceful shutdown starts waiting for
 * requests in flight. A listening GET stream never ends by itself, so without this a server with one connected
 * client took the whole shutdown timeout (30 seconds) to stop.
 *
 * <p>The context announces its closing before it stops its lifecycle beans (the web server among them). A lifecycle
 * {@code stop()} would not do: a stopped context may be started again (the test framework pauses cached contexts),
 * and the transport refuses every request once it is closed.
 */
final class McpSessionsEndFirstOnShutdown implements ApplicationListener<ContextClosedEvent> {

    private static final Duration SESSIONS_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final HttpServletStreamableServerTransportProvider transport;

    McpSessionsEndFirstOnShutdown(HttpServletStreamableServerTransportProvider transport) {
        this.transport = transport;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        transport.closeGracefully().block(SESSIONS_CLOSE_TIMEOUT);
    }
}

package dev.mcpauth.server.mcp;

import java.time.Duration;

import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Ends every MCP session, and with it every open event stream, before Tomcat's graceful shutdown starts waiting for
 * requests in flight. A listening GET stream never ends by itself, so without this a server with one connected
 * client took the whole shutdown timeout (30 seconds) to stop.
 */
final class McpSessionsEndFirstOnShutdown implements SmartLifecycle {

    private static final Duration SESSIONS_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final HttpServletStreamableServerTransportProvider transport;
    private volatile boolean running;

    McpSessionsEndFirstOnShutdown(HttpServletStreamableServerTransportProvider transport) {
        this.transport = transport;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        transport.closeGracefully().block(SESSIONS_CLOSE_TIMEOUT);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The highest phase stops first: before the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}

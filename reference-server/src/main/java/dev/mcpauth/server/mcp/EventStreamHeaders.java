package dev.mcpauth.server.mcp;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Streamable HTTP "Listening": a GET on the MCP endpoint opens an event stream. The SDK transport only commits the
 * response with its first event (a keep-alive comes after 30 seconds), so a client would wait that long to learn
 * that the stream is open. This sends the status and headers as soon as the stream has started.
 */
final class EventStreamHeaders extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        String contentType = response.getContentType();
        if ("GET".equals(request.getMethod()) && request.isAsyncStarted() && !response.isCommitted()
                && contentType != null && contentType.startsWith("text/event-stream")) {
            response.flushBuffer();
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}

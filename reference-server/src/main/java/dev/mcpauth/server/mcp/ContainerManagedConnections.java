package dev.mcpauth.server.mcp;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leaves connection persistence to the servlet container. The SDK transport marks its event-stream answers
 * {@code Connection: keep-alive}; when Tomcat is about to close the connection (every
 * {@code server.tomcat.max-keep-alive-requests}-th request, or on shutdown) it adds {@code Connection: close} as a
 * second field, and a client that reads the first one (the JDK {@code HttpClient} the MCP Java SDK client uses)
 * sends its next request on a connection the server is closing, and loses it. {@code Connection} is a hop-by-hop
 * field (RFC 9110 §7.6.1): only the container that owns the connection may set it.
 */
final class ContainerManagedConnections extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!HttpHeaders.CONNECTION.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!HttpHeaders.CONNECTION.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}

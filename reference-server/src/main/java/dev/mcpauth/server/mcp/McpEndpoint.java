package dev.mcpauth.server.mcp;

import java.io.IOException;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * The one MCP endpoint: hands each request, after the bearer-token gate, to the SDK servlet of its
 * {@link ProtocolEra}: the 2025 Streamable HTTP transport (sessions) or the 2026-07-28 stateless transport.
 */
final class McpEndpoint extends HttpServlet {

    private final HttpServlet sessions;
    private final HttpServlet stateless;

    McpEndpoint(HttpServlet sessions, HttpServlet stateless) {
        this.sessions = sessions;
        this.stateless = stateless;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        sessions.init(config);
        stateless.init(config);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ProtocolEra era = ProtocolEra.of(request);
        if (!era.serves(request.getMethod())) {
            // the transport answers 405 (or 501), which must name the methods it serves (RFC 9110 §15.5.6)
            response.setHeader(HttpHeaders.ALLOW, era.allowHeader());
        }
        HttpServlet transport = era == ProtocolEra.STATELESS ? stateless : sessions;
        transport.service((ServletRequest) request, (ServletResponse) response);
    }

    @Override
    public void destroy() {
        stateless.destroy();
        sessions.destroy();
        super.destroy();
    }
}

package dev.mcpauth.conformance.selftest.defects;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: a 2026-07-28 request that carries an Mcp-Session-Id but no token is served with the last credentials the
 * server accepted, as if the session id (a state handle) authenticated the caller.
 */
@Configuration
public class SessionIdAcceptedOnTheStatelessWire {

    @Bean
    FilterRegistrationBean<Filter> sessionIdAsCredential() {
        AtomicReference<String> lastAccepted = new AtomicReference<>();
        return DefectFilters.first((request, response, chain) -> {
            String version = request.getHeader("MCP-Protocol-Version");
            String authorization = request.getHeader("Authorization");
            boolean stateless = version != null && !version.startsWith("2025-");
            if (stateless && authorization == null && request.getHeader("Mcp-Session-Id") != null
                    && lastAccepted.get() != null) {
                chain.doFilter(RewrittenRequest.withHeader(request, "Authorization", lastAccepted.get()), response);
                return;
            }
            chain.doFilter(request, response);
            if (authorization != null && response.getStatus() / 100 == 2) {
                lastAccepted.set(authorization);
            }
        }, "/mcp", "/mcp/*");
    }
}

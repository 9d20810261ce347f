package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the Mcp-Session-Id of a 2026-07-28 request is echoed in the answer, as if 2026-07-28 had sessions. */
@Configuration
public class SessionIdEchoedOnTheStatelessWire {

    @Bean
    FilterRegistrationBean<Filter> sessionIdEchoed() {
        return DefectFilters.first((request, response, chain) -> {
            String version = request.getHeader("MCP-Protocol-Version");
            String sessionId = request.getHeader("Mcp-Session-Id");
            if (sessionId != null && version != null && !version.startsWith("2025-")) {
                response.setHeader("Mcp-Session-Id", sessionId);
            }
            chain.doFilter(request, response);
        }, "/mcp", "/mcp/*");
    }
}

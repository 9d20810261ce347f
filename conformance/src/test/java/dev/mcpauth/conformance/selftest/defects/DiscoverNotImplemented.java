package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: an authorized server/discover is answered as an unknown method (404, -32601). */
@Configuration
public class DiscoverNotImplemented {

    @Bean
    FilterRegistrationBean<Filter> noDiscover() {
        return DefectFilters.first((request, response, chain) -> {
            if ("POST".equals(request.getMethod()) && "server/discover".equals(request.getHeader("Mcp-Method"))
                    && request.getHeader("Authorization") != null) {
                DefectFilters.answerJson(response, 404,
                        "{\"jsonrpc\":\"2.0\",\"id\":6,\"error\":{\"code\":-32601,\"message\":\"Method not found\"}}");
                return;
            }
            chain.doFilter(request, response);
        }, "/mcp", "/mcp/*");
    }
}

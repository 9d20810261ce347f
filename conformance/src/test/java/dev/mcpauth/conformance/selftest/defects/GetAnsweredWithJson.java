package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: an authorized GET on the MCP endpoint gets a JSON document instead of an event stream or 405. */
@Configuration
public class GetAnsweredWithJson {

    @Bean
    FilterRegistrationBean<Filter> jsonOnGet() {
        return DefectFilters.first((request, response, chain) -> {
            if ("GET".equals(request.getMethod()) && request.getHeader("Authorization") != null) {
                response.setStatus(200);
                response.setContentType("application/json");
                response.getWriter().write("{}");
            } else {
                chain.doFilter(request, response);
            }
        }, "/mcp", "/mcp/*");
    }
}

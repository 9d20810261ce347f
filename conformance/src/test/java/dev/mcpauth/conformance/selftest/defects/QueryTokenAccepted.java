package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the MCP endpoint takes an access token from the query string. */
@Configuration
public class QueryTokenAccepted {

    @Bean
    FilterRegistrationBean<Filter> tokenFromQuery() {
        return DefectFilters.first((request, response, chain) -> {
            String query = request.getQueryString();
            if (request.getHeader("Authorization") == null && query != null && query.startsWith("access_token=")) {
                String token = java.net.URLDecoder.decode(query.substring("access_token=".length()),
                        java.nio.charset.StandardCharsets.UTF_8);
                chain.doFilter(RewrittenRequest.withHeader(request, "Authorization", "Bearer " + token), response);
            } else {
                chain.doFilter(request, response);
            }
        }, "/mcp", "/mcp/*");
    }
}

package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: a token that is not a JWT crashes the MCP endpoint with a 500. */
@Configuration
public class ServerErrorOnMalformedToken {

    @Bean
    FilterRegistrationBean<Filter> crashOnGarbage() {
        return DefectFilters.first((request, response, chain) -> {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.startsWith("Bearer ") && !authorization.contains(".")) {
                response.sendError(500, "java.lang.ArrayIndexOutOfBoundsException");
            } else {
                chain.doFilter(request, response);
            }
        }, "/mcp", "/mcp/*");
    }
}

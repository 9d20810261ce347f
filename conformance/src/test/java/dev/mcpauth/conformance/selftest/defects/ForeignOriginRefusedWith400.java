package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: a request from a foreign Origin is refused, but with 400 instead of 403. */
@Configuration
public class ForeignOriginRefusedWith400 {

    @Bean
    FilterRegistrationBean<Filter> badRequestForForeignOrigin() {
        return DefectFilters.first((request, response, chain) -> {
            String origin = request.getHeader("Origin");
            if (origin != null && !origin.startsWith("http://127.0.0.1") && !origin.startsWith("http://localhost")) {
                response.sendError(400);
                return;
            }
            chain.doFilter(request, response);
        }, "/mcp", "/mcp/*");
    }
}

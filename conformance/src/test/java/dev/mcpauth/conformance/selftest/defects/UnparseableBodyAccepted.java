package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: an authorized POST whose body is not JSON is acknowledged with 202 Accepted instead of an HTTP error. */
@Configuration
public class UnparseableBodyAccepted {

    @Bean
    FilterRegistrationBean<Filter> acceptGarbage() {
        return DefectFilters.first((request, response, chain) -> {
            DefectFilters.ReadRequest read = DefectFilters.read(request);
            String body = read.body().trim();
            if ("POST".equals(request.getMethod()) && request.getHeader("Authorization") != null
                    && body.startsWith("{") && !body.endsWith("}")) {
                response.setStatus(202);
            } else {
                chain.doFilter(read.request(), response);
            }
        }, "/mcp", "/mcp/*");
    }
}

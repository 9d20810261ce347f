package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the authorization endpoint lets scripts of any origin read its answers. */
@Configuration
public class CorsOnAuthorizationEndpoint {

    @Bean
    FilterRegistrationBean<Filter> allowAnyOrigin() {
        return DefectFilters.first((request, response, chain) -> {
            if (request.getHeader("Origin") != null) {
                response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
            }
            chain.doFilter(request, response);
        }, "/authorize");
    }
}

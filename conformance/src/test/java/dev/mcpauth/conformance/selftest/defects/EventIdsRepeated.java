package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: the reference server's unique event ids are switched off, so the SDK transport labels every event of a
 * session with the same id (the session id).
 */
@Configuration
public class EventIdsRepeated {

    @Bean
    FilterRegistrationBean<Filter> uniqueEventIds() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                (request, response, chain) -> chain.doFilter(request, response));
        registration.addUrlPatterns("/mcp", "/mcp/*");
        registration.setAsyncSupported(true);
        return registration;
    }
}

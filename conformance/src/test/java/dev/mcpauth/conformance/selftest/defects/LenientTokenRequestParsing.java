package dev.mcpauth.conformance.selftest.defects;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: the token endpoint is lenient where OAuth 2.1 requires it to refuse: of a repeated parameter it takes the
 * first value, and of two client authentication methods (HTTP Basic and a secret in the form) it uses one.
 */
@Configuration
public class LenientTokenRequestParsing {

    @Bean
    FilterRegistrationBean<Filter> lenientParsing() {
        return DefectFilters.first((request, response, chain) -> {
            if (!"POST".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            RewrittenRequest parsed = RewrittenRequest.withParameters(request, Map.of());
            Map<String, String> changes = new HashMap<>();
            parsed.getParameterMap().forEach((name, values) -> {
                if (values.length > 1) {
                    changes.put(name, values[0]);
                }
            });
            if (request.getHeader("Authorization") != null && parsed.getParameter("client_secret") != null) {
                changes.put("client_secret", null);
            }
            chain.doFilter(RewrittenRequest.withParameters(parsed, changes), response);
        }, "/token");
    }
}

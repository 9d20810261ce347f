package dev.mcpauth.conformance.selftest.defects;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Not a defect, a lenient reading the RFCs allow: on refresh the authorization server ignores the scope and the
 * resource a client asks for and issues a token of the original grant, whose response states the scope (RFC 6749
 * section 3.3). Nothing broader is granted, so nothing may fail.
 */
@Configuration
public class RefreshRequestsNarrowed {

    @Bean
    FilterRegistrationBean<Filter> ignoreRequestedScopeAndResource() {
        return DefectFilters.first((request, response, chain) -> {
            if (!"POST".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            RewrittenRequest parsed = RewrittenRequest.withParameters(request, Map.of());
            if (!"refresh_token".equals(parsed.getParameter("grant_type"))) {
                chain.doFilter(parsed, response);
                return;
            }
            Map<String, String> ignored = new HashMap<>();
            ignored.put("scope", null);
            ignored.put("resource", null);
            chain.doFilter(RewrittenRequest.withParameters(parsed, ignored), response);
        }, "/token");
    }
}

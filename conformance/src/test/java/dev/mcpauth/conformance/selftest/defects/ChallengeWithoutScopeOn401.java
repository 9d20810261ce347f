package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the 401 challenge names no scope. */
@Configuration
public class ChallengeWithoutScopeOn401 {

    @Bean
    FilterRegistrationBean<Filter> scopeDropped() {
        return DefectFilters.rewritingHeader("WWW-Authenticate", challenge -> challenge.contains("insufficient_scope")
                ? challenge : challenge.replaceFirst(",\\s*scope=\"[^\"]*\"", ""), "/mcp", "/mcp/*");
    }
}

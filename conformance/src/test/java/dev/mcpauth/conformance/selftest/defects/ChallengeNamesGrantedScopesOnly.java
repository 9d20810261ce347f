package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the 403 insufficient_scope challenge names only mcp:tools, which the token already holds. */
@Configuration
public class ChallengeNamesGrantedScopesOnly {

    @Bean
    FilterRegistrationBean<Filter> grantedScopesOnly() {
        return DefectFilters.rewritingHeader("WWW-Authenticate", challenge -> challenge.contains("insufficient_scope")
                ? challenge.replaceFirst("scope=\"[^\"]*\"", "scope=\"mcp:tools\"") : challenge, "/mcp", "/mcp/*");
    }
}

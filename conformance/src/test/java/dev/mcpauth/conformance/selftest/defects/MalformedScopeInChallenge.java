package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the scope in the challenge to a tokenless request ends in a stray space, outside the scope syntax. */
@Configuration
public class MalformedScopeInChallenge {

    @Bean
    FilterRegistrationBean<Filter> strayScopeSpace() {
        return DefectFilters.rewritingHeader("WWW-Authenticate",
                challenge -> challenge.contains("error=") ? challenge
                        : challenge.replaceFirst("scope=\"([^\"]*)\"", "scope=\"$1 \""),
                "/mcp", "/mcp/*");
    }
}

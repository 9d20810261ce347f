package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the MCP endpoint's challenges give the realm twice. */
@Configuration
public class RepeatedRealmInChallenge {

    @Bean
    FilterRegistrationBean<Filter> realmTwice() {
        return DefectFilters.rewritingHeader("WWW-Authenticate",
                challenge -> challenge.replaceFirst("^Bearer ", "Bearer realm=\"mcp\", realm=\"mcp\", "),
                "/mcp", "/mcp/*");
    }
}

package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the protected resource metadata lists offline_access among the scopes the MCP server needs. */
@Configuration
public class OfflineAccessInResourceMetadata {

    @Bean
    FilterRegistrationBean<Filter> offlineAccessListed() {
        return DefectFilters.rewritingBody(body -> body.replaceFirst("\"scopes_supported\":\\[",
                "\"scopes_supported\":[\"offline_access\","),
                "/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/*");
    }
}

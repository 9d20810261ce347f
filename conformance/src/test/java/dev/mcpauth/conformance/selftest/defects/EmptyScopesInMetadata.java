package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the protected resource metadata carries scopes_supported as an empty array instead of leaving it out. */
@Configuration
public class EmptyScopesInMetadata {

    @Bean
    FilterRegistrationBean<Filter> emptyScopes() {
        return DefectFilters.rewritingBody(body -> body.replaceFirst("\"scopes_supported\":\\[[^\\]]*\\]",
                        "\"scopes_supported\":[]"),
                "/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/*",
                "/.well-known/mcp-resource-metadata.json");
    }
}

package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the protected resource metadata describes another resource than this MCP server. */
@Configuration
public class ResourceMismatchInMetadata {

    @Bean
    FilterRegistrationBean<Filter> foreignResource() {
        return DefectFilters.rewritingBody(body -> body.replaceFirst("\"resource\":\"[^\"]*\"",
                        "\"resource\":\"https://other.example/mcp\""),
                "/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/*",
                "/.well-known/mcp-resource-metadata.json");
    }
}

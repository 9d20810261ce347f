package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the protected resource metadata links its documentation over plain http on a public host. */
@Configuration
public class PlainHttpUrlInMetadata {

    @Bean
    FilterRegistrationBean<Filter> plainHttpDocumentation() {
        return DefectFilters.rewritingBody(body -> body.replaceFirst("\\{",
                        "{\"resource_documentation\":\"http://docs.example.com/mcp\","),
                "/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/*",
                "/.well-known/mcp-resource-metadata.json");
    }
}

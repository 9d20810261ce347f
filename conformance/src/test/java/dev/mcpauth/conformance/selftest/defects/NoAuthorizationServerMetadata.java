package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the authorization server publishes neither RFC 8414 metadata nor an OpenID Connect configuration. */
@Configuration
public class NoAuthorizationServerMetadata {

    @Bean
    FilterRegistrationBean<Filter> metadataGone() {
        return DefectFilters.first((request, response, chain) -> response.sendError(404),
                "/.well-known/oauth-authorization-server", "/.well-known/oauth-authorization-server/*",
                "/.well-known/openid-configuration", "/.well-known/openid-configuration/*");
    }
}

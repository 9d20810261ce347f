package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect in MCP 2025-06-18 only: the authorization server publishes its OpenID Connect configuration but no RFC 8414
 * metadata, which 2025-11-25 allows (D1125-04) and 2025-06-18 does not (AUTH-OVR-06).
 */
@Configuration
public class OnlyOpenIdConfiguration {

    @Bean
    FilterRegistrationBean<Filter> rfc8414MetadataGone() {
        return DefectFilters.first((request, response, chain) -> response.sendError(404),
                "/.well-known/oauth-authorization-server", "/.well-known/oauth-authorization-server/*");
    }
}

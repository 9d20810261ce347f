package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the challenge names no resource metadata and none is served at the well-known URLs. */
@Configuration
public class ResourceMetadataNowhere {

    @Bean
    FilterRegistrationBean<Filter> withoutResourceMetadata() {
        return ChallengeWithoutResourceMetadata.rewriteChallenges(false);
    }

    @Bean
    FilterRegistrationBean<Filter> noWellKnownResourceMetadata() {
        return DefectFilters.first((request, response, chain) -> response.sendError(404),
                "/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/*");
    }
}

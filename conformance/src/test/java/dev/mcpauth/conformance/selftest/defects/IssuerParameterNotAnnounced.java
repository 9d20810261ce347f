package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the metadata does not announce authorization_response_iss_parameter_supported, though responses carry iss. */
@Configuration
public class IssuerParameterNotAnnounced {

    @Bean
    FilterRegistrationBean<Filter> flagDropped() {
        return DefectFilters.rewritingBody(body -> body.replaceFirst(
                "\"authorization_response_iss_parameter_supported\":true,?", "").replace(",}", "}"),
                "/.well-known/oauth-authorization-server", "/.well-known/oauth-authorization-server/*",
                "/.well-known/openid-configuration", "/.well-known/openid-configuration/*");
    }
}

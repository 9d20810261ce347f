package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the authorization server metadata's issuer has a trailing slash the issuer identifier lacks. */
@Configuration
public class IssuerMismatchInMetadata {

    @Bean
    FilterRegistrationBean<Filter> slashedIssuer() {
        return DefectFilters.rewritingBody(body -> body.replaceFirst("\"issuer\":\"([^\"]*)\"", "\"issuer\":\"$1/\""),
                "/.well-known/oauth-authorization-server", "/.well-known/oauth-authorization-server/*",
                "/.well-known/openid-configuration", "/.well-known/openid-configuration/*");
    }
}

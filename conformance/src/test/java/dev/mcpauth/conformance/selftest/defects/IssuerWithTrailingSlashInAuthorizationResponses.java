package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the iss of authorization responses has a trailing slash the issuer identifier lacks. */
@Configuration
public class IssuerWithTrailingSlashInAuthorizationResponses {

    @Bean
    FilterRegistrationBean<Filter> slashedIss() {
        return DefectFilters.rewritingHeader("Location", location -> location.replaceFirst("([?&]iss=[^&]*)", "$1%2F"),
                "/authorize", "/authorize/*");
    }
}

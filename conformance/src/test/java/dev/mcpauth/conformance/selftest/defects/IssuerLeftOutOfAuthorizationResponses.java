package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: authorization responses carry no iss, though the metadata announces it (RFC 9207). */
@Configuration
public class IssuerLeftOutOfAuthorizationResponses {

    @Bean
    FilterRegistrationBean<Filter> withoutIss() {
        return DefectFilters.rewritingHeader("Location", location -> location.replaceAll("([?&])iss=[^&]*&?", "$1")
                .replaceAll("[?&]$", ""), "/authorize", "/authorize/*");
    }
}

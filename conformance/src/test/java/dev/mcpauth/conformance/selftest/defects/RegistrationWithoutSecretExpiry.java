package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: registration responses issue a client_secret without saying when it expires. */
@Configuration
public class RegistrationWithoutSecretExpiry {

    @Bean
    FilterRegistrationBean<Filter> withoutExpiry() {
        return DefectFilters.rewritingBody(body -> body
                .replaceAll(",\"client_secret_expires_at\":-?\\d+", "")
                .replaceAll("\"client_secret_expires_at\":-?\\d+,", ""), "/register");
    }
}

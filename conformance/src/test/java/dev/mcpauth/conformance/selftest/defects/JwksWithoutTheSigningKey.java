package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: the key set at jwks_uri does not publish the key the access tokens name (a rotation that published the
 * new key under another kid), so resource servers that validate through jwks_uri cannot verify the tokens.
 */
@Configuration
public class JwksWithoutTheSigningKey {

    @Bean
    FilterRegistrationBean<Filter> renamedKey() {
        return DefectFilters.rewritingBody(body -> body.replaceAll("\"kid\":\"([^\"]*)\"", "\"kid\":\"$1-rotated\""),
                "/jwks");
    }
}

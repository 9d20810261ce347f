package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the OpenID Connect configuration leaves out code_challenge_methods_supported (RFC 8414 metadata keeps it). */
@Configuration
public class OpenIdConfigurationWithoutPkce {

    @Bean
    FilterRegistrationBean<Filter> pkceMethodsDropped() {
        return DefectFilters.rewritingBody(body -> body.replaceFirst("\"code_challenge_methods_supported\":\\[[^\\]]*\\],?", "")
                .replace(",}", "}"),
                "/.well-known/openid-configuration", "/.well-known/openid-configuration/*");
    }
}

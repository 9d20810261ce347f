package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: the metadata offers private_key_jwt client authentication but does not say which signing algorithms
 * the client assertions may use.
 */
@Configuration
public class MetadataWithoutClientAssertionAlgorithms {

    @Bean
    FilterRegistrationBean<Filter> withoutAlgorithms() {
        return DefectFilters.rewritingBody(body -> body
                        .replaceAll(",\"(token|revocation|introspection)_endpoint_auth_signing_alg_values_supported\""
                                + ":\\[[^\\]]*\\]", "")
                        .replaceAll("\"(token|revocation|introspection)_endpoint_auth_signing_alg_values_supported\""
                                + ":\\[[^\\]]*\\],", ""),
                "/.well-known/oauth-authorization-server", "/.well-known/oauth-authorization-server/*",
                "/.well-known/openid-configuration", "/.well-known/openid-configuration/*");
    }
}

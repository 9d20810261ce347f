package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the authorization server metadata publishes its introspection endpoint over plain http on a public host. */
@Configuration
public class PlainHttpUrlInMetadata {

    @Bean
    FilterRegistrationBean<Filter> plainHttpIntrospection() {
        return DefectFilters.rewritingBody(body -> body.replaceFirst("\"introspection_endpoint\":\"[^\"]*\"",
                        "\"introspection_endpoint\":\"http://auth.example.com/introspect\""),
                "/.well-known/oauth-authorization-server", "/.well-known/oauth-authorization-server/*",
                "/.well-known/openid-configuration", "/.well-known/openid-configuration/*");
    }
}

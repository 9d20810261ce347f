package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the authorization server metadata names an endpoint on a remote host over plain http. */
@Configuration
public class InsecureEndpointInMetadata {

    @Bean
    FilterRegistrationBean<Filter> plainHttpEndpoint() {
        return DefectFilters.rewritingBody(body -> body.replaceFirst("^\\{",
                "{\"userinfo_endpoint\":\"http://accounts.example/userinfo\","),
                "/.well-known/oauth-authorization-server", "/.well-known/oauth-authorization-server/*",
                "/.well-known/openid-configuration", "/.well-known/openid-configuration/*");
    }
}

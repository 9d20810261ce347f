package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the authorization server offers dynamic registration but does not announce client ID metadata documents. */
@Configuration
public class MetadataDocumentsNotAnnounced {

    @Bean
    FilterRegistrationBean<Filter> flagDropped() {
        return DefectFilters.rewritingBody(body -> body.replaceFirst(
                "\"client_id_metadata_document_supported\":true,?", "").replace(",}", "}"),
                "/.well-known/oauth-authorization-server", "/.well-known/oauth-authorization-server/*",
                "/.well-known/openid-configuration", "/.well-known/openid-configuration/*");
    }
}

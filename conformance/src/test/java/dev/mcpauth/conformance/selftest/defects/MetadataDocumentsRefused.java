package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the metadata announces client ID metadata documents, but the authorization endpoint refuses URL client ids. */
@Configuration
public class MetadataDocumentsRefused {

    @Bean
    FilterRegistrationBean<Filter> urlClientIdsRefused() {
        return DefectFilters.first((request, response, chain) -> {
            String clientId = request.getParameter("client_id");
            if (clientId != null && clientId.startsWith("http")) {
                response.sendError(400);
                return;
            }
            chain.doFilter(request, response);
        }, "/authorize");
    }
}

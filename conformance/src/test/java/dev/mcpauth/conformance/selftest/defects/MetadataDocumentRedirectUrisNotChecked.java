package dev.mcpauth.conformance.selftest.defects;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: for a client named by a metadata document, the authorization server redirects to whatever loopback
 * redirect URI the request names, not only to those the document lists (simulated: the request is judged with the
 * listed URI, and the answer goes to the one asked for).
 */
@Configuration
public class MetadataDocumentRedirectUrisNotChecked {

    private static final String LISTED = "http://127.0.0.1:1/callback";

    @Bean
    FilterRegistrationBean<Filter> anyLoopbackRedirect() {
        return DefectFilters.first((request, response, chain) -> {
            String clientId = request.getParameter("client_id");
            String asked = request.getParameter("redirect_uri");
            if (clientId == null || !clientId.startsWith("http") || asked == null || asked.equals(LISTED)
                    || !asked.startsWith("http://127.0.0.1:")) {
                chain.doFilter(request, response);
                return;
            }
            Map<String, String> changes = new HashMap<>();
            changes.put("redirect_uri", LISTED);
            chain.doFilter(RewrittenRequest.withParameters(request, changes),
                    new jakarta.servlet.http.HttpServletResponseWrapper(response) {
                        @Override
                        public void setHeader(String name, String value) {
                            super.setHeader(name, "Location".equalsIgnoreCase(name) ? value.replace(LISTED, asked)
                                    : value);
                        }

                        @Override
                        public void addHeader(String name, String value) {
                            super.addHeader(name, "Location".equalsIgnoreCase(name) ? value.replace(LISTED, asked)
                                    : value);
                        }
                    });
        }, "/authorize");
    }
}

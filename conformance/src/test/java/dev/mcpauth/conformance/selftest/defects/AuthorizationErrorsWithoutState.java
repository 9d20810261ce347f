package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: error redirects from the authorization endpoint drop the client's state. */
@Configuration
public class AuthorizationErrorsWithoutState {

    @Bean
    FilterRegistrationBean<Filter> dropStateOnErrors() {
        return DefectFilters.first((request, response, chain) -> chain.doFilter(request,
                new HttpServletResponseWrapper(response) {
                    @Override
                    public void setHeader(String name, String value) {
                        super.setHeader(name, withoutState(name, value));
                    }

                    @Override
                    public void addHeader(String name, String value) {
                        super.addHeader(name, withoutState(name, value));
                    }
                }), "/authorize");
    }

    private static String withoutState(String name, String value) {
        if (!"Location".equalsIgnoreCase(name) || value == null || !value.contains("error=")) {
            return value;
        }
        return value.replaceAll("([?&])state=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }
}

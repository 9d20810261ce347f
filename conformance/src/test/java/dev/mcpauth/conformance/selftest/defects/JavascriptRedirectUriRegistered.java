package dev.mcpauth.conformance.selftest.defects;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the registration endpoint registers a javascript: redirect URI (as a loopback one). */
@Configuration
public class JavascriptRedirectUriRegistered {

    @Bean
    FilterRegistrationBean<Filter> acceptJavascriptRedirectUris() {
        return DefectFilters.first((request, response, chain) -> {
            DefectFilters.ReadRequest read = DefectFilters.read(request);
            if (!read.body().contains("\"javascript:")) {
                chain.doFilter(read.request(), response);
                return;
            }
            String body = read.body().replaceAll("\"javascript:[^\"]*\"", "\"http://127.0.0.1:1/callback\"");
            chain.doFilter(DefectFilters.withBody(read.request(), body.getBytes(StandardCharsets.UTF_8)), response);
        }, "/register");
    }
}

package dev.mcpauth.conformance.selftest.defects;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the initialize result leaves out serverInfo. */
@Configuration
public class InitializeResultWithoutServerInfo {

    @Bean
    FilterRegistrationBean<Filter> dropServerInfo() {
        return DefectFilters.rewritingAnswerTo("\"method\":\"initialize\"",
                (request, answer) -> answer.replaceFirst(",?\"serverInfo\":\\{[^}]*\\}", ""));
    }
}

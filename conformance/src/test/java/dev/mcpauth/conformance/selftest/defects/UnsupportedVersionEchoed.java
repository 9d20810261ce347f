package dev.mcpauth.conformance.selftest.defects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: initialize echoes whatever protocol version the client asks for, supported or not. */
@Configuration
public class UnsupportedVersionEchoed {

    private static final Pattern VERSION = Pattern.compile("\"protocolVersion\":\"([^\"]*)\"");

    @Bean
    FilterRegistrationBean<Filter> echoAnyVersion() {
        return DefectFilters.rewritingAnswerTo("\"method\":\"initialize\"", (request, answer) -> {
            Matcher asked = VERSION.matcher(request);
            return asked.find() ? VERSION.matcher(answer).replaceFirst(Matcher.quoteReplacement(asked.group()))
                    : answer;
        });
    }
}

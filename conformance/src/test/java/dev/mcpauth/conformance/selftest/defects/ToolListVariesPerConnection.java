package dev.mcpauth.conformance.selftest.defects;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: every second tools/list answer leaves out the tools, as if lists depended on earlier requests. */
@Configuration
public class ToolListVariesPerConnection {

    @Bean
    FilterRegistrationBean<Filter> alternatingToolList() {
        AtomicInteger lists = new AtomicInteger();
        return DefectFilters.rewritingAnswerTo("\"method\":\"tools/list\"", (request, answer) ->
                lists.incrementAndGet() % 2 == 0 ? answer.replaceFirst("\"tools\":\\[.*\\]", "\"tools\":[]") : answer);
    }
}

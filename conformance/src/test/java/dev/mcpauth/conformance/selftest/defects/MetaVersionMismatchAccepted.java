package dev.mcpauth.conformance.selftest.defects;

import java.util.Map;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: a 2026-07-28 request whose _meta names another version than its header is served, not refused. */
@Configuration
public class MetaVersionMismatchAccepted {

    @Bean
    FilterRegistrationBean<Filter> metaVersionFollowsTheHeader() {
        return StatelessRequestRewrite.of((request, body) -> {
            String header = request.getHeader("MCP-Protocol-Version");
            String meta = "\"io.modelcontextprotocol/protocolVersion\":\"";
            int start = body.indexOf(meta);
            if (start < 0) {
                return null;
            }
            int end = body.indexOf('"', start + meta.length());
            String stated = body.substring(start + meta.length(), end);
            return stated.equals(header) ? null : new StatelessRequestRewrite.Rewritten(Map.of(),
                    body.substring(0, start + meta.length()) + header + body.substring(end));
        });
    }
}

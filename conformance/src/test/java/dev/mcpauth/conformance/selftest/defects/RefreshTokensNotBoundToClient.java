package dev.mcpauth.conformance.selftest.defects;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Defect: refresh tokens are not bound to the client they were issued to. The server remembers whose a refresh
 * token is and, when another public client presents it, acts as if its owner had.
 */
@Configuration
public class RefreshTokensNotBoundToClient {

    private static final Pattern REFRESH_TOKEN = Pattern.compile("\"refresh_token\":\"([^\"]+)\"");

    @Bean
    FilterRegistrationBean<Filter> anyClientMayRefresh() {
        Map<String, String> owners = new ConcurrentHashMap<>();
        return DefectFilters.first((request, response, chain) -> {
            if (!"POST".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            RewrittenRequest parsed = RewrittenRequest.withParameters(request, Map.of());
            String owner = parsed.getParameter("refresh_token") == null ? null
                    : owners.get(parsed.getParameter("refresh_token"));
            RewrittenRequest forwarded = owner != null && parsed.getParameter("client_id") != null
                    ? RewrittenRequest.withParameters(parsed, Map.of("client_id", owner)) : parsed;
            ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
            chain.doFilter(forwarded, cached);
            Matcher issued = REFRESH_TOKEN.matcher(new String(cached.getContentAsByteArray(),
                    StandardCharsets.UTF_8));
            if (issued.find() && forwarded.getParameter("client_id") != null) {
                owners.put(issued.group(1), forwarded.getParameter("client_id"));
            }
            cached.copyBodyToResponse();
        }, "/token");
    }
}

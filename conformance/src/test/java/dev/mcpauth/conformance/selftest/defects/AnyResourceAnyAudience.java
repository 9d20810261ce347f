package dev.mcpauth.conformance.selftest.defects;

import java.net.URI;
import java.util.List;

import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.token.ResourceIndicators;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Defect: the MCP server accepts tokens of any audience, and its authorization server issues a token for any absolute
 * resource a client names (the shape of an SDK server whose token check ignores the audience). Nobody tells the
 * harness of another resource: it must find the defect with the MCP server's URL alone.
 */
@Configuration
@Import(ForeignAudienceAccepted.class)
public class AnyResourceAnyAudience {

    @Bean
    ResourceIndicators resourceIndicators(ServerUrls urls) {
        return new ResourceIndicators(urls) {
            @Override
            public String audienceFor(List<URI> resources) {
                if (resources == null || resources.isEmpty()) {
                    return urls.resource();
                }
                if (resources.stream().anyMatch(uri -> !uri.isAbsolute() || uri.getFragment() != null)
                        || resources.stream().distinct().count() > 1) {
                    return super.audienceFor(resources);
                }
                return resources.get(0).toString();
            }
        };
    }
}

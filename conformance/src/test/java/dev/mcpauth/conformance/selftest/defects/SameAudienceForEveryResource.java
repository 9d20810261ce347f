package dev.mcpauth.conformance.selftest.defects;

import java.net.URI;
import java.util.List;

import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.token.ResourceIndicators;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: the authorization server still checks the resource a client names, but every token it issues names the
 * MCP server as its audience, so a token asked for another resource works at the MCP server and a refresh token
 * yields tokens for any resource.
 */
@Configuration
public class SameAudienceForEveryResource {

    @Bean
    ResourceIndicators resourceIndicators(ServerUrls urls) {
        return new ResourceIndicators(urls) {
            @Override
            public String audienceFor(List<URI> resources) {
                super.audienceFor(resources);
                return urls.resource();
            }
        };
    }
}

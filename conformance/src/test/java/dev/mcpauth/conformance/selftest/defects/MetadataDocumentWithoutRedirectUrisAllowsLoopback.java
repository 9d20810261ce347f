package dev.mcpauth.conformance.selftest.defects;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.mcpauth.server.config.ReferenceServerProperties;
import dev.mcpauth.server.registration.metadatadocument.MetadataDocumentFetcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: a client ID metadata document without redirect_uris is taken for a native client that may use any loopback
 * redirect URI, instead of being refused as incomplete.
 */
@Configuration
public class MetadataDocumentWithoutRedirectUrisAllowsLoopback {

    @Bean
    MetadataDocumentFetcher metadataDocumentFetcher(ReferenceServerProperties properties) {
        return new MetadataDocumentFetcher(properties) {
            @Override
            public Fetched fetch(URI url) {
                Fetched fetched = super.fetch(url);
                try {
                    Map<String, Object> document = JSONObjectUtils.parse(fetched.body());
                    document.putIfAbsent("redirect_uris", List.of("http://127.0.0.1/callback"));
                    return new Fetched(JSONObjectUtils.toJSONString(document), fetched.lifetime());
                } catch (java.text.ParseException notJson) {
                    return fetched;
                }
            }
        };
    }
}

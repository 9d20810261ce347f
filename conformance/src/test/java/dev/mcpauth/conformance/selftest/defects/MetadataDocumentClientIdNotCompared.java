package dev.mcpauth.conformance.selftest.defects;

import java.net.URI;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.mcpauth.server.config.ReferenceServerProperties;
import dev.mcpauth.server.registration.metadatadocument.MetadataDocumentFetcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: the client_id inside a client ID metadata document is never compared with the URL it came from. */
@Configuration
public class MetadataDocumentClientIdNotCompared {

    @Bean
    MetadataDocumentFetcher metadataDocumentFetcher(ReferenceServerProperties properties) {
        return new MetadataDocumentFetcher(properties) {
            @Override
            public Fetched fetch(URI url) {
                Fetched fetched = super.fetch(url);
                try {
                    Map<String, Object> document = JSONObjectUtils.parse(fetched.body());
                    document.put("client_id", url.toString());
                    return new Fetched(JSONObjectUtils.toJSONString(document), fetched.lifetime());
                } catch (java.text.ParseException notJson) {
                    return fetched;
                }
            }
        };
    }
}

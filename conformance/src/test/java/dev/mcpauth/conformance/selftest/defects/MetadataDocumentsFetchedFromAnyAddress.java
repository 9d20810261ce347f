package dev.mcpauth.conformance.selftest.defects;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.mcpauth.server.config.ReferenceServerProperties;
import dev.mcpauth.server.registration.metadatadocument.MetadataDocumentException;
import dev.mcpauth.server.registration.metadatadocument.MetadataDocumentFetcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defect: client ID metadata documents are fetched from any URL, loopback and plain http included (SSRF). */
@Configuration
public class MetadataDocumentsFetchedFromAnyAddress {

    @Bean
    MetadataDocumentFetcher metadataDocumentFetcher(ReferenceServerProperties properties) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return new MetadataDocumentFetcher(properties) {
            @Override
            public Fetched fetch(URI url) {
                try {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(url)
                            .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new MetadataDocumentException("answered " + response.statusCode());
                    }
                    return new Fetched(response.body(), Duration.ZERO);
                } catch (IOException e) {
                    throw new MetadataDocumentException("fetch failed");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MetadataDocumentException("interrupted");
                }
            }
        };
    }
}

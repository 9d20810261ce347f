package dev.mcpauth.conformance.selftest.defects;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.mcpauth.server.config.ReferenceServerProperties;
import dev.mcpauth.server.registration.RegisteredClient;
import dev.mcpauth.server.registration.metadatadocument.ClientIdMetadataDocuments;
import dev.mcpauth.server.registration.metadatadocument.MetadataDocumentException;
import dev.mcpauth.server.registration.metadatadocument.MetadataDocumentFetcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defect: a client ID metadata document on a host outside the test allow-list (plain http, a loopback name the server
 * was not told to trust) is fetched anyway, with a client that goes anywhere (server-side request forgery). Documents
 * on the allow-listed 127.0.0.1 are still resolved and checked as before.
 */
@Configuration
public class MetadataDocumentsFetchedFromAnyAddress {

    @Bean
    ClientIdMetadataDocuments clientIdMetadataDocuments(ReferenceServerProperties properties,
                                                        MetadataDocumentFetcher fetcher) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return new ClientIdMetadataDocuments(properties, fetcher) {
            @Override
            public RegisteredClient resolve(String clientId) {
                if (clientId.startsWith("http://127.0.0.1:")) {
                    return super.resolve(clientId);
                }
                try {
                    return super.resolve(clientId);
                } catch (MetadataDocumentException refused) {
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(clientId))
                                .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                        return new RegisteredClient(clientId, null, 0, JSONObjectUtils.parse(response.body()));
                    } catch (IOException | java.text.ParseException | IllegalArgumentException e) {
                        throw refused;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw refused;
                    }
                }
            }
        };
    }
}

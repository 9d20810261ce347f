package dev.mcpauth.client.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientIdMetadataDocumentTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://client.example/client.json", "https://client.example:8443/apps/mcp/client",
            "https://conformance-test.local/client-metadata.json"})
    void httpsUrlWithAPathIsTheClientIdExactlyAsGiven(String url) {
        assertThat(ClientIdMetadataDocument.at(url).clientId()).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://client.example/client.json     | is not https",
            "https://client.example                | has no path",
            "https://client.example/               | has no path",
            "https://client.example/client.json#me | has a fragment",
            "https://user:pw@client.example/c.json | has user info",
            "https://client.example/a/../c.json    | has a . or .. segment",
            "https://client.example/./c.json       | has a . or .. segment"})
    void urlsACimdClientIdMayNotTakeAreRefusedWithTheReason(String url, String reason) {
        assertThatThrownBy(() -> ClientIdMetadataDocument.at(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason).hasMessageContaining("CIMD §3");
    }
}

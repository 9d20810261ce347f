package dev.mcpauth.conformance.registration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * The harness's own client ID metadata documents, served by a local listener for the authorization server to fetch.
 * The listener binds the port of the base URL the authorization server reaches it by, and serves each document at
 * that URL's path. One listener per base URL and JVM; each scenario publishes documents under a path of its own, so
 * a fetch is attributed to the scenario that caused it.
 */
public final class ClientMetadataHost {

    private static final Map<String, ClientMetadataHost> BY_BASE_URL = new HashMap<>();

    private final String baseUrl;
    private final WireMockServer listener;

    private ClientMetadataHost(String baseUrl, WireMockServer listener) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.listener = listener;
    }

    /**
     * The listener for {@code baseUrl}, started on first use.
     *
     * @throws IllegalArgumentException when the URL names no port for the listener to bind
     */
    public static synchronized ClientMetadataHost at(String baseUrl) {
        ClientMetadataHost host = BY_BASE_URL.get(baseUrl);
        if (host == null) {
            URI uri = URI.create(baseUrl);
            if (uri.getPort() == -1 || uri.getHost() == null) {
                throw new IllegalArgumentException("the client metadata base URL " + baseUrl + " names no port; "
                        + "the harness's listener binds the port the URL names");
            }
            WireMockServer listener = new WireMockServer(WireMockConfiguration.wireMockConfig().port(uri.getPort())
                    .bindAddress(isLoopback(uri.getHost()) ? "127.0.0.1" : "0.0.0.0").containerThreads(6)
                    .jettyAcceptors(1));
            listener.start();
            Runtime.getRuntime().addShutdownHook(new Thread(listener::stop, "client-metadata-host-stop"));
            host = new ClientMetadataHost(baseUrl, listener);
            BY_BASE_URL.put(baseUrl, host);
        }
        return host;
    }

    /** A URL no document was published at yet, for one scenario's document. */
    public String newDocumentUrl() {
        return baseUrl + "/conformance-clients/" + UUID.randomUUID() + "/client.json";
    }

    /** Serves {@code body} at the path of {@code url}, whatever host or port the URL names. */
    public void publish(String url, String body, String contentType) {
        listener.stubFor(get(urlPathEqualTo(URI.create(url).getRawPath()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType)
                        .withHeader("Cache-Control", "no-store").withBody(body)));
    }

    /** Whether anyone fetched a document at the path of {@code url}. */
    public boolean fetched(String url) {
        return !listener.findAll(getRequestedFor(urlPathEqualTo(URI.create(url).getRawPath()))).isEmpty();
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package dev.mcpauth.server.registration.metadatadocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.mcpauth.server.config.ReferenceServerProperties;
import jakarta.annotation.PreDestroy;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

/**
 * Fetches a document from a URL a client chose, with the defences CIMD §6.5 and §6.6 ask for against server-side
 * request forgery: https only; the host's addresses vetted after resolution and connected to as vetted
 * ({@link VettedAddressResolver}); no redirect followed; no proxy, cookies, retries or content decoding; short
 * connect and read timeouts; a size cap; at most a few fetches at a time. Anything but a 200 is a failure.
 */
@Component
public class MetadataDocumentFetcher {

    /** A fetched body and how long it may be reused. */
    public record Fetched(String body, Duration lifetime) {
    }

    private static final int MAX_CONCURRENT_FETCHES = 16;

    private final ReferenceServerProperties.ClientIdMetadataDocuments settings;
    private final TestHostAllowList allowList;
    private final CloseableHttpClient client;

    public MetadataDocumentFetcher(ReferenceServerProperties properties) {
        this.settings = properties.clientIdMetadataDocuments();
        this.allowList = TestHostAllowList.from(settings);
        Timeout connectTimeout = Timeout.of(settings.connectTimeout());
        Timeout readTimeout = Timeout.of(settings.readTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new VettedAddressResolver(allowList))
                        .setTlsSocketStrategy(new DefaultClientTlsStrategy(
                                FetchTrust.sslContext(settings.trustedCertificates())))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connectTimeout)
                                .setSocketTimeout(readTimeout).build())
                        .setMaxConnTotal(MAX_CONCURRENT_FETCHES)
                        .setMaxConnPerRoute(2)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(connectTimeout)
                        .setResponseTimeout(readTimeout).setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("mcp-auth-reference-server")
                .build();
    }

    /** Fetches {@code url}; a {@link MetadataDocumentException} says why it could not. */
    public Fetched fetch(URI url) {
        if (!"https".equalsIgnoreCase(url.getScheme()) && !allowList.allowsPlainHttp(url)) {
            throw new MetadataDocumentException("only https URLs are fetched, not " + url);
        }
        HttpGet get = new HttpGet(url);
        get.setHeader("Accept", "application/json");
        try {
            return client.execute(get, this::read);
        } catch (VettedAddressResolver.ForbiddenAddressException e) {
            throw new MetadataDocumentException(e.getMessage());
        } catch (UnknownHostException e) {
            throw new MetadataDocumentException("the host of " + url + " is unknown");
        } catch (MetadataDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new MetadataDocumentException("fetching " + url + " failed: " + describe(e));
        }
    }

    private Fetched read(ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        if (status >= 300 && status < 400) {
            throw new MetadataDocumentException("the document URL answered with a redirect (HTTP " + status
                    + "), which is not followed");
        }
        if (status != 200) {
            throw new MetadataDocumentException("the document URL answered HTTP " + status);
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            throw new MetadataDocumentException("the document URL answered without a body");
        }
        if (entity.getContentLength() > settings.maxDocumentBytes()) {
            throw tooLarge();
        }
        String body = readCapped(entity.getContent());
        Duration lifetime = CacheLifetime.of(header(response, "Cache-Control"), header(response, "Expires"),
                header(response, "Age"), header(response, "Date"), settings.cacheDefaultTtl(),
                settings.cacheMaxTtl());
        return new Fetched(body, lifetime);
    }

    private String readCapped(InputStream in) throws IOException {
        long deadline = System.nanoTime() + settings.readTimeout().toNanos();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        try (in) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                if (out.size() > settings.maxDocumentBytes()) {
                    throw tooLarge();
                }
                if (System.nanoTime() > deadline) {
                    throw new MetadataDocumentException("the document took longer than "
                            + settings.readTimeout().toMillis() + " ms to arrive");
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private MetadataDocumentException tooLarge() {
        return new MetadataDocumentException("the document is larger than " + settings.maxDocumentBytes()
                + " bytes");
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }
}

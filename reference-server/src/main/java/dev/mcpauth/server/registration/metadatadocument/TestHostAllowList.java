package dev.mcpauth.server.registration.metadatadocument;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mcpauth.server.config.ReferenceServerProperties;

/**
 * The explicit exceptions for tests ({@code mcpauth.client-id-metadata-documents.allowed-hosts}): {@code host:port}
 * pairs whose documents are fetched although they resolve to loopback or other special-purpose addresses, and,
 * only when {@code allowed-hosts-over-http} is set, also over plain http. Empty, and so without effect, by default.
 */
final class TestHostAllowList {

    private final Set<String> hostPorts;
    private final boolean overHttp;

    TestHostAllowList(List<String> hostPorts, boolean overHttp) {
        this.hostPorts = hostPorts.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .map(entry -> entry.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.overHttp = overHttp;
    }

    static TestHostAllowList from(ReferenceServerProperties.ClientIdMetadataDocuments settings) {
        return new TestHostAllowList(settings.allowedHosts(), settings.allowedHostsOverHttp());
    }

    boolean allows(String host, int port) {
        return host != null && hostPorts.contains(host.toLowerCase(Locale.ROOT) + ":" + port);
    }

    boolean allowsPlainHttp(URI url) {
        return overHttp && allows(url.getHost(), effectivePort(url));
    }

    static int effectivePort(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "http".equalsIgnoreCase(url.getScheme()) ? 80 : 443;
    }
}

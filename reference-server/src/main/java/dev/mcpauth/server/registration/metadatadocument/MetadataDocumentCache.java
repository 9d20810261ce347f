package dev.mcpauth.server.registration.metadatadocument;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Validated client metadata by client ID URL, each kept as long as the document's HTTP cache headers allowed (CIMD
 * §4.4), at most {@code cache-size} of them. A failed fetch or an invalid document is never kept, so a fixed document
 * is picked up at the next request. Concurrent requests for one URL share one fetch.
 */
final class MetadataDocumentCache {

    /** A client's metadata and how long it may be reused. */
    record Entry(Map<String, Object> metadata, Duration lifetime) {
    }

    private final Cache<String, Entry> entries;

    MetadataDocumentCache(int maximumSize) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize)
                .expireAfter(Expiry.creating((String url, Entry entry) -> entry.lifetime()))
                .build();
    }

    /** The cached metadata of {@code clientId}, or what {@code load} answers (and throws) for it. */
    Map<String, Object> get(String clientId, Function<String, Entry> load) {
        return entries.get(clientId, load).metadata();
    }
}

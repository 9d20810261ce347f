package dev.mcpauth.server.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;

import org.springframework.stereotype.Component;

/**
 * Identifiers ({@code jti}) of access tokens revoked before they expired, kept in {@code revoked-access-tokens.json}
 * until they would have expired anyway.
 */
@Component
public class RevokedAccessTokens {

    private final JsonFile<Map<String, Long>> file;
    private final Map<String, Long> expiryByJti;

    public RevokedAccessTokens(DataDirectory dataDirectory) {
        this.file = dataDirectory.file("revoked-access-tokens.json", new TypeReference<>() { });
        this.expiryByJti = new LinkedHashMap<>(file.read().orElse(Map.of()));
    }

    public synchronized void revoke(String jti, Instant expiresAt) {
        long now = Instant.now().getEpochSecond();
        Map<String, Long> next = new LinkedHashMap<>(expiryByJti);
        next.values().removeIf(expiry -> expiry < now);
        next.put(jti, expiresAt.getEpochSecond());
        file.write(next);
        expiryByJti.clear();
        expiryByJti.putAll(next);
    }

    public synchronized boolean isRevoked(String jti) {
        return expiryByJti.containsKey(jti);
    }
}

package dev.mcpauth.server.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;

import org.springframework.stereotype.Component;

/**
 * Refresh tokens by digest, grouped in families (one family per original grant), kept in
 * {@code refresh-tokens.json}. A used token stays recorded so that its reuse can be detected.
 */
@Component
public class RefreshTokenStore {

    /** One refresh token. {@code used} is set when it is exchanged; a family is revoked as a whole. */
    public record Entry(String digest, String family, String clientId, String subject, String scope,
                        String resource, long expiresAt, boolean used) {
        public Entry markUsed() {
            return new Entry(digest, family, clientId, subject, scope, resource, expiresAt, true);
        }
    }

    private final JsonFile<Map<String, Entry>> file;
    private final Map<String, Entry> entries;

    public RefreshTokenStore(DataDirectory dataDirectory) {
        this.file = dataDirectory.file("refresh-tokens.json", new TypeReference<>() { });
        this.entries = new LinkedHashMap<>(file.read().orElse(Map.of()));
    }

    public synchronized Optional<Entry> find(String digest) {
        return Optional.ofNullable(entries.get(digest));
    }

    public synchronized void add(Entry entry) {
        Map<String, Entry> next = withoutExpired();
        next.put(entry.digest(), entry);
        commit(next);
    }

    /**
     * Marks {@code current} used and adds {@code successor}, in one write. Answers false when {@code current} was
     * already used or is gone (a concurrent exchange won), in which case nothing changes.
     */
    public synchronized boolean rotate(Entry current, Entry successor) {
        Entry stored = entries.get(current.digest());
        if (stored == null || stored.used()) {
            return false;
        }
        Map<String, Entry> next = withoutExpired();
        next.put(current.digest(), stored.markUsed());
        next.put(successor.digest(), successor);
        commit(next);
        return true;
    }

    /** Removes every token of a family: after reuse is detected, or on revocation. */
    public synchronized void revokeFamily(String family) {
        Map<String, Entry> next = withoutExpired();
        next.values().removeIf(entry -> entry.family().equals(family));
        commit(next);
    }

    private Map<String, Entry> withoutExpired() {
        long now = Instant.now().getEpochSecond();
        Map<String, Entry> next = new LinkedHashMap<>(entries);
        next.values().removeIf(entry -> entry.expiresAt() < now);
        return next;
    }

    private void commit(Map<String, Entry> next) {
        file.write(next);
        entries.clear();
        entries.putAll(next);
    }
}

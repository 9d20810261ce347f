package dev.mcpauth.server.token;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.nimbusds.oauth2.sdk.token.RefreshToken;
import dev.mcpauth.server.config.ReferenceServerProperties;
import dev.mcpauth.server.store.RefreshTokenStore;
import dev.mcpauth.server.store.SecretDigest;
import org.springframework.stereotype.Component;

/**
 * Refresh tokens: opaque random values, stored only as digests, rotated on every use (OAuth 2.1 §4.3.1). The
 * tokens descending from one grant form a family; presenting an already used token revokes the whole family.
 */
@Component
public class RefreshTokens {

    private final RefreshTokenStore store;
    private final Duration lifetime;

    public RefreshTokens(RefreshTokenStore store, ReferenceServerProperties properties) {
        this.store = store;
        this.lifetime = properties.refreshTokenTtl();
    }

    /** Starts a new family. */
    public Issued issue(String clientId, String subject, String scope, String resource) {
        RefreshToken token = new RefreshToken();
        RefreshTokenStore.Entry entry = new RefreshTokenStore.Entry(SecretDigest.of(token.getValue()),
                UUID.randomUUID().toString(), clientId, subject, scope, resource,
                Instant.now().plus(lifetime).getEpochSecond(), false);
        store.add(entry);
        return new Issued(token, entry);
    }

    /** The live (unused, unexpired) or used entry of a presented token. */
    public java.util.Optional<RefreshTokenStore.Entry> find(String presented) {
        return store.find(SecretDigest.of(presented))
                .filter(entry -> entry.expiresAt() >= Instant.now().getEpochSecond());
    }

    /**
     * Exchanges {@code current} for its successor in the same family, with the given scope. Answers null when
     * {@code current} has been used already: the caller must then treat it as reuse.
     */
    public Issued rotate(RefreshTokenStore.Entry current, String scope) {
        RefreshToken token = new RefreshToken();
        RefreshTokenStore.Entry successor = new RefreshTokenStore.Entry(SecretDigest.of(token.getValue()),
                current.family(), current.clientId(), current.subject(), scope, current.resource(),
                current.expiresAt(), false);
        return store.rotate(current, successor) ? new Issued(token, successor) : null;
    }

    public void revokeFamily(String family) {
        store.revokeFamily(family);
    }

    public record Issued(RefreshToken token, RefreshTokenStore.Entry entry) {
    }
}

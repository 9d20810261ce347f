package dev.mcpauth.server.resource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Remembers the claims of access tokens whose signature and claims were already verified, so that a client sending
 * the same token on every request (MCP authorization "Token Handling") pays for one ECDSA verification, not one per
 * request: the signature check is most of the gate's cost.
 *
 * <p>Only an identical token string finds an entry, so nothing unverified can hit the cache. An entry lives until
 * the token's own expiry plus the allowed clock skew, and is checked against that expiry again on every hit; what
 * can change during a token's life (its client deregistered, the token revoked) is not cached and is checked by the
 * caller every time.
 */
final class VerifiedTokenCache {

    private final Cache<String, JWTClaimsSet> verified;
    private final Duration clockSkew;
    private final Clock clock;

    VerifiedTokenCache(long maximumSize, Duration clockSkew, Clock clock) {
        this.clockSkew = clockSkew;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.creating((String token, JWTClaimsSet claims) -> lifetimeLeft(claims)))
                .build();
    }

    Optional<JWTClaimsSet> find(String token) {
        JWTClaimsSet claims = verified.getIfPresent(token);
        if (claims == null || !hasLifeLeft(claims)) {
            return Optional.empty();
        }
        return Optional.of(claims);
    }

    void remember(String token, JWTClaimsSet claims) {
        if (hasLifeLeft(claims)) {
            verified.put(token, claims);
        }
    }

    private boolean hasLifeLeft(JWTClaimsSet claims) {
        Duration left = lifetimeLeft(claims);
        return !left.isNegative() && !left.isZero();
    }

    private Duration lifetimeLeft(JWTClaimsSet claims) {
        Instant expiry = claims.getExpirationTime().toInstant().plus(clockSkew);
        return Duration.between(clock.instant(), expiry);
    }
}

package dev.mcpauth.server.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(NOW);
    private final VerifiedTokenCache cache = new VerifiedTokenCache(100, SKEW, clock);

    @Test
    void rememberedTokenIsFoundByItsExactString() {
        JWTClaimsSet claims = expiringIn(Duration.ofMinutes(5));
        cache.remember("header.payload.signature", claims);

        assertThat(cache.find("header.payload.signature")).contains(claims);
        assertThat(cache.find("header.payload.signaturX")).isEmpty();
        assertThat(cache.find("header.payload.")).isEmpty();
    }

    @Test
    void tokenIsForgottenOnceItsExpiryAndTheClockSkewHavePassed() {
        cache.remember("t", expiringIn(Duration.ofMinutes(5)));

        clock.now = NOW.plus(Duration.ofMinutes(5)).plus(SKEW).minusSeconds(1);
        assertThat(cache.find("t")).isPresent();
        clock.now = NOW.plus(Duration.ofMinutes(5)).plus(SKEW).plusSeconds(1);
        assertThat(cache.find("t")).isEmpty();
    }

    @Test
    void tokenPastItsExpiryIsNotRemembered() {
        cache.remember("t", expiringIn(SKEW.negated().minusSeconds(1)));

        assertThat(cache.find("t")).isEmpty();
    }

    private static JWTClaimsSet expiringIn(Duration lifetime) {
        return new JWTClaimsSet.Builder().subject("s").expirationTime(Date.from(NOW.plus(lifetime))).build();
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

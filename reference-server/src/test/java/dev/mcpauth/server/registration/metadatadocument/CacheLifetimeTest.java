package dev.mcpauth.server.registration.metadatadocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CacheLifetimeTest {

    private static final Duration DEFAULT = Duration.ofMinutes(5);
    private static final Duration MAX = Duration.ofHours(1);

    private static Duration of(String cacheControl, String expires, String age, String date) {
        return CacheLifetime.of(cacheControl, expires, age, date, DEFAULT, MAX);
    }

    @Test
    void maxAgeLessAgeIsTheLifetime() {
        assertThat(of("public, max-age=120", null, "20", null)).isEqualTo(Duration.ofSeconds(100));
    }

    @Test
    void lifetimeNeverExceedsTheMaximum() {
        assertThat(of("max-age=86400", null, null, null)).isEqualTo(MAX);
    }

    @Test
    void noStoreAndNoCacheAreNotKept() {
        assertThat(of("no-store", null, null, null)).isZero();
        assertThat(of("max-age=60, no-cache", null, null, null)).isZero();
    }

    @Test
    void expiresCountsFromTheResponseDate() {
        assertThat(of(null, "Sun, 06 Dec 2026 10:10:00 GMT", null, "Sun, 06 Dec 2026 10:00:00 GMT"))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(of(null, "0", null, null)).as("an invalid Expires is already expired").isZero();
    }

    @Test
    void withoutCacheHeadersTheDefaultApplies() {
        assertThat(of(null, null, null, null)).isEqualTo(DEFAULT);
        assertThat(of("private", null, null, null)).isEqualTo(DEFAULT);
    }
}

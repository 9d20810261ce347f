package dev.mcpauth.server.registration.metadatadocument;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * How long a fetched document may be reused (CIMD §4.4: honour the HTTP cache headers, RFC 9111): not at all under
 * {@code no-store} or {@code no-cache}; {@code max-age} (less {@code Age}) wins over {@code Expires}; with neither,
 * the configured default. {@code private} does not matter, since this server is the document's only reader. The
 * result never exceeds the configured maximum.
 */
final class CacheLifetime {

    private CacheLifetime() {
    }

    static Duration of(String cacheControl, String expires, String age, String date, Duration defaultTtl,
                       Duration maxTtl) {
        Duration lifetime = fromHeaders(cacheControl, expires, age, date, defaultTtl);
        if (lifetime.isNegative()) {
            return Duration.ZERO;
        }
        return lifetime.compareTo(maxTtl) > 0 ? maxTtl : lifetime;
    }

    private static Duration fromHeaders(String cacheControl, String expires, String age, String date,
                                        Duration defaultTtl) {
        String directives = cacheControl == null ? "" : cacheControl.toLowerCase(Locale.ROOT);
        if (hasDirective(directives, "no-store") || hasDirective(directives, "no-cache")) {
            return Duration.ZERO;
        }
        OptionalLong maxAge = directiveSeconds(directives, "max-age");
        if (maxAge.isPresent()) {
            return Duration.ofSeconds(maxAge.getAsLong()).minusSeconds(seconds(age));
        }
        if (expires != null) {
            Instant expiry = httpDate(expires);
            if (expiry == null) {
                return Duration.ZERO; // RFC 9111 §5.3: an invalid Expires means already expired
            }
            Instant now = date == null || httpDate(date) == null ? Instant.now() : httpDate(date);
            return Duration.between(now, expiry);
        }
        return defaultTtl;
    }

    private static boolean hasDirective(String directives, String name) {
        for (String directive : directives.split(",")) {
            String trimmed = directive.trim();
            if (trimmed.equals(name) || trimmed.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    private static OptionalLong directiveSeconds(String directives, String name) {
        for (String directive : directives.split(",")) {
            String trimmed = directive.trim();
            if (trimmed.startsWith(name + "=")) {
                try {
                    return OptionalLong.of(Long.parseLong(trimmed.substring(name.length() + 1).replace("\"", "")));
                } catch (NumberFormatException e) {
                    return OptionalLong.of(0);
                }
            }
        }
        return OptionalLong.empty();
    }

    private static long seconds(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant httpDate(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

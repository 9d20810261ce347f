package dev.mcpauth.server.registration;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.mcpauth.server.config.ReferenceServerProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Limits registrations per caller address to a number per minute (fixed one-minute windows). */
@Component
public class RegistrationRateLimiter {

    private record Window(long minute, int count) {
    }

    private final int maxPerMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Autowired
    public RegistrationRateLimiter(ReferenceServerProperties properties) {
        this(properties.registration().maxPerMinute(), Clock.systemUTC());
    }

    RegistrationRateLimiter(int maxPerMinute, Clock clock) {
        this.maxPerMinute = maxPerMinute;
        this.clock = clock;
    }

    /** Counts one attempt; answers the seconds to wait when the caller is over its limit, else 0. */
    public long tryAcquire(String caller) {
        long nowMillis = clock.millis();
        long minute = nowMillis / 60_000;
        windows.values().removeIf(window -> window.minute() < minute);
        Window window = windows.merge(caller, new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() <= maxPerMinute) {
            return 0;
        }
        return Math.max(1, ((minute + 1) * 60_000 - nowMillis) / 1000);
    }
}

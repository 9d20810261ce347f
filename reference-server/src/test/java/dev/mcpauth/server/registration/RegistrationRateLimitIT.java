package dev.mcpauth.server.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.mcpauth.server.support.ReferenceServerIT;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "mcpauth.registration.max-per-minute=3")
class RegistrationRateLimitIT extends ReferenceServerIT {

    @Test
    void registrationsBeyondTheLimitAreThrottledWithRetryAfter() {
        int created = 0;
        Response last = null;
        for (int i = 0; i < 5; i++) {
            last = server.register(Map.of("grant_types", List.of("client_credentials")));
            if (last.statusCode() == 201) {
                created++;
            }
        }
        assertThat(created).isBetween(1, 3);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(last.jsonPath().getString("error")).isEqualTo("temporarily_unavailable");
    }
}

package dev.mcpauth.server.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.mcpauth.server.support.ReferenceServerIT;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Registration that needs an initial access token (RFC 7591 §3). */
@TestPropertySource(properties = "mcpauth.registration.initial-access-token=let-me-register")
class InitialAccessTokenIT extends ReferenceServerIT {

    private static final Map<String, Object> METADATA = Map.of("grant_types", List.of("client_credentials"));

    @Test
    void registrationWithoutInitialAccessTokenIsUnauthorized() {
        Response response = server.register(METADATA);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void registrationWithAWrongInitialAccessTokenIsUnauthorized() {
        Response response = server.request().header("Authorization", "Bearer wrong").contentType("application/json")
                .body(METADATA).post("/register");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void registrationWithTheInitialAccessTokenSucceeds() {
        server.request().header("Authorization", "Bearer let-me-register").contentType("application/json")
                .body(METADATA).post("/register").then().statusCode(201);
    }
}

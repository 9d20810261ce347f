package dev.mcpauth.server.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the integration tests: the whole reference server on a random loopback port, with its data in a fresh
 * directory under {@code target/} (one per Spring context). Spring shares a running server between the test
 * classes with the same configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mcpauth.data-dir=target/it-data/${random.uuid}",
                // the tests register hundreds of clients a minute; RegistrationRateLimitIT checks the limit itself
                "mcpauth.registration.max-per-minute=100000"})
public abstract class ReferenceServerIT {

    @LocalServerPort
    protected int port;

    protected ReferenceServer server;

    @BeforeEach
    void connect() {
        server = new ReferenceServer("http://127.0.0.1:" + port);
    }

    public static Path newDataDirectory() {
        try {
            Path target = Path.of("target", "it-data");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "data-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

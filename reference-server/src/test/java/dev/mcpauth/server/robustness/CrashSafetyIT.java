package dev.mcpauth.server.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import dev.mcpauth.server.support.CodeFlow;
import dev.mcpauth.server.support.ReferenceServer;
import dev.mcpauth.server.support.ReferenceServer.TestClient;
import dev.mcpauth.server.support.ReferenceServerIT;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills the server process (SIGKILL) at random moments while clients register and rotate refresh tokens, restarts
 * it on the same data directory, and checks that nothing answered before the kill was lost: every registration
 * answered 201 still works, every data file still parses (the server starts), and no refresh token is good twice.
 */
class CrashSafetyIT {

    private static final int ROUNDS = 4;
    private static final Path JAR = findExecutableJar();

    private final Random random = new Random();
    private Process process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    /** A refresh token that was exchanged (answered 200) and the public client it belongs to. */
    private record UsedRefreshToken(CodeFlow flow, String token) {
    }

    @Test
    void killedServerRestartsWithEveryAnsweredRegistrationAndNoReusableRefreshToken() throws Exception {
        Path dataDir = ReferenceServerIT.newDataDirectory();
        int port = freePort();
        ReferenceServer server = new ReferenceServer("http://127.0.0.1:" + port);
        List<TestClient> registered = new ArrayList<>();
        List<UsedRefreshToken> used = new ArrayList<>();

        for (int round = 0; round <= ROUNDS; round++) {
            start(dataDir, port);
            for (TestClient client : registered) {
                assertThat(server.clientCredentials(client, Map.of()).statusCode())
                        .as("client %s was registered (201) before a kill", client.id()).isEqualTo(200);
            }
            for (UsedRefreshToken exchanged : used) {
                assertThat(exchanged.flow().refresh(exchanged.token()).statusCode())
                        .as("a refresh token that was already exchanged").isEqualTo(400);
            }
            if (round == ROUNDS) {
                break;
            }
            CodeFlow flow = new CodeFlow(server);
            String firstRefreshToken = flow.exchange(flow.code(), Map.of()).jsonPath().getString("refresh_token");
            ConcurrentLinkedQueue<TestClient> answered = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<UsedRefreshToken> rotatedAway = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int worker = 0; worker < 3; worker++) {
                load.submit(() -> {
                    while (running.get()) {
                        try {
                            Response response = server.register(Map.of("grant_types", List.of("client_credentials")));
                            if (response.statusCode() == 201) {
                                answered.add(new TestClient(response.path("client_id"),
                                        response.path("client_secret")));
                            }
                        } catch (Exception connectionLost) {
                            return;
                        }
                    }
                });
            }
            load.submit(() -> {
                String live = firstRefreshToken;
                while (running.get()) {
                    try {
                        Response response = flow.refresh(live);
                        if (response.statusCode() != 200) {
                            return;
                        }
                        rotatedAway.add(new UsedRefreshToken(flow, live));
                        live = response.jsonPath().getString("refresh_token");
                    } catch (Exception connectionLost) {
                        // the token in hand may or may not have been rotated on disk: no claim about it
                        return;
                    }
                }
            });
            Thread.sleep(300 + random.nextInt(1200));
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            registered.addAll(answered);
            used.addAll(rotatedAway);
        }
        System.out.printf("crash safety: %d kills, %d registrations and %d refresh-token rotations answered before "
                + "a kill, all intact%n", ROUNDS, registered.size(), used.size());
        assertThat(registered).as("registrations answered before the kills").isNotEmpty();
        assertThat(used).as("refresh tokens exchanged before the kills").isNotEmpty();
    }

    private void start(Path dataDir, int port) throws IOException, InterruptedException {
        process = new ProcessBuilder("java", "-jar", JAR.toString(), "--server.port=" + port,
                "--mcpauth.data-dir=" + dataDir, "--mcpauth.registration.max-per-minute=1000000",
                "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
                .start();
        ReferenceServer server = new ReferenceServer("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the server starts on the data it left behind").isTrue();
            try {
                if (server.request().get("/jwks").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) { // rest-assured rethrows the ConnectException unchecked
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path findExecutableJar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("run through mvn verify: the -exec.jar is built "
                            + "in the package phase"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

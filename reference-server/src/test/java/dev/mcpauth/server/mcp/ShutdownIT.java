package dev.mcpauth.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.mcpauth.server.ReferenceServerApplication;
import dev.mcpauth.server.support.ReferenceServer;
import dev.mcpauth.server.support.ReferenceServerIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A server with a client listening on its event stream still stops at once. */
class ShutdownIT {

    /** Tomcat's graceful shutdown waits up to 30 seconds for requests in flight; an open stream is one. */
    private static final Duration PROMPT_STOP = Duration.ofSeconds(10);

    @Test
    void serverStopsPromptlyWhileAClientListensOnItsEventStream() throws Exception {
        int port = freePort();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ReferenceServerApplication.class)
                .run("--server.port=" + port, "--server.address=127.0.0.1",
                        "--mcpauth.data-dir=" + ReferenceServerIT.newDataDirectory());
        ReferenceServer server = new ReferenceServer("http://127.0.0.1:" + port);
        String token = server.accessToken();
        String session = server.openSession(token);
        HttpResponse<InputStream> stream = HttpClient.newHttpClient()
                .sendAsync(server.listenRequest(token, session), HttpResponse.BodyHandlers.ofInputStream())
                .get(5, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);

        long start = System.nanoTime();
        context.close();
        Duration stopping = Duration.ofNanos(System.nanoTime() - start);

        stream.body().close();
        assertThat(stopping).isLessThan(PROMPT_STOP);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

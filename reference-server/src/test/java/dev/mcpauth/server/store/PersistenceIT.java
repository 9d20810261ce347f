package dev.mcpauth.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

import dev.mcpauth.server.ReferenceServerApplication;
import dev.mcpauth.server.support.CodeFlow;
import dev.mcpauth.server.support.JsonRpc;
import dev.mcpauth.server.support.ReferenceServer;
import dev.mcpauth.server.support.ReferenceServer.TestClient;
import dev.mcpauth.server.support.ReferenceServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What survives a restart, how the data files are kept, and what happens when one is damaged. */
class PersistenceIT {

    Path dataDir;
    int port;

    @BeforeEach
    void freshDataDirectoryAndPort() throws IOException {
        dataDir = ReferenceServerIT.newDataDirectory();
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
    }

    @Test
    void restartKeepsClientsSigningKeyAndRefreshTokens() {
        TestClient client;
        String accessToken;
        String refreshToken;
        CodeFlow flow;
        try (ConfigurableApplicationContext first = start()) {
            ReferenceServer server = server();
            client = server.registerConfidentialClient();
            accessToken = server.accessToken(client, null);
            flow = new CodeFlow(server);
            refreshToken = flow.exchange(flow.code(), Map.of()).jsonPath().getString("refresh_token");
        }
        try (ConfigurableApplicationContext second = start()) {
            ReferenceServer server = server();
            server.mcp(accessToken, null, JsonRpc.initialize()).then().statusCode(200);
            server.mcp(server.accessToken(client, null), null, JsonRpc.initialize()).then().statusCode(200);
            flow.refresh(refreshToken).then().statusCode(200);
            flow.refresh(refreshToken).then().statusCode(400);
        }
    }

    @Test
    void dataFilesAreOwnerOnlyAndHoldNoSecretInPlainText() throws IOException {
        TestClient client;
        String refreshToken;
        try (ConfigurableApplicationContext context = start()) {
            ReferenceServer server = server();
            client = server.registerConfidentialClient();
            CodeFlow flow = new CodeFlow(server);
            refreshToken = flow.exchange(flow.code(), Map.of()).jsonPath().getString("refresh_token");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.toString()).isEqualTo("rw-------");
                String content = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(content).as(file.toString()).doesNotContain(client.secret()).doesNotContain(refreshToken);
            }
        }
        assertThat(dataDir.resolve("clients.json")).exists();
        assertThat(dataDir.resolve("signing-key.json")).exists();
        assertThat(dataDir.resolve("refresh-tokens.json")).exists();
    }

    @Test
    void corruptDataFileStopsStartUpNamingTheFileAndLeavesItAlone() throws IOException {
        Files.writeString(dataDir.resolve("clients.json"), "{ this is not json");
        assertThatThrownBy(this::start)
                .hasStackTraceContaining(dataDir.resolve("clients.json").toString())
                .hasStackTraceContaining("is not valid");
        assertThat(Files.readString(dataDir.resolve("clients.json"))).isEqualTo("{ this is not json");
    }

    @Test
    void signingKeyFileWithoutAPrivateKeyStopsStartUp() throws IOException {
        Files.writeString(dataDir.resolve("signing-key.json"),
                "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"}");
        assertThatThrownBy(this::start).hasStackTraceContaining("signing-key.json");
    }

    @Test
    void secondServerOnTheSameDataDirectoryIsRefused() throws IOException {
        try (ConfigurableApplicationContext first = start()) {
            int firstPort = port;
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            assertThatThrownBy(this::start).hasStackTraceContaining("locked by another running server");
            port = firstPort;
            server().request().get("/jwks").then().statusCode(200);
        }
    }

    private ConfigurableApplicationContext start() {
        // command-line arguments, since builder properties rank below application.properties
        return new SpringApplicationBuilder(ReferenceServerApplication.class)
                .run("--server.port=" + port, "--mcpauth.data-dir=" + dataDir);
    }

    private ReferenceServer server() {
        return new ReferenceServer("http://127.0.0.1:" + port);
    }
}

package dev.mcpauth.conformance.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.mcpauth.server.ReferenceServerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reference server, started in this JVM on a random loopback port with its data in a temporary directory.
 * Both go away when the JVM exits.
 */
public final class BundledReferenceServer implements TargetServer {

    /** A second resource the bundled authorization server issues tokens for, to test audience checks. */
    private static final String OTHER_RESOURCE_PATH = "/other-mcp";
    /** The reference server's test allow-list for client metadata documents on special-purpose addresses. */
    public static final String CLIENT_METADATA_ALLOWED_HOSTS = "mcpauth.client-id-metadata-documents.allowed-hosts";
    public static final String CLIENT_METADATA_OVER_HTTP =
            "mcpauth.client-id-metadata-documents.allowed-hosts-over-http";

    /** The file the reference server's signing-key store writes in its data directory. */
    public static final String SIGNING_KEY_FILE = "signing-key.json";

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final String mcpUrl;
    private final String clientMetadataBaseUrl;

    private BundledReferenceServer(ConfigurableApplicationContext context, Path dataDir,
                                   String clientMetadataBaseUrl) {
        this.context = context;
        this.dataDir = dataDir;
        this.clientMetadataBaseUrl = clientMetadataBaseUrl;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.mcpUrl = "http://127.0.0.1:" + port + "/mcp";
    }

    public static BundledReferenceServer start() {
        try {
            Path dataDir = Files.createTempDirectory("mcp-reference-server-");
            // the harness's client metadata documents live on loopback, which the server refuses unless told
            String documentsHost = "127.0.0.1:" + freePort();
            ConfigurableApplicationContext context = new SpringApplicationBuilder(ReferenceServerApplication.class)
                    .run("--server.address=127.0.0.1", "--server.port=0", "--mcpauth.data-dir=" + dataDir,
                            "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                            "--mcpauth.additional-resource-paths=" + OTHER_RESOURCE_PATH,
                            "--" + CLIENT_METADATA_ALLOWED_HOSTS + "=" + documentsHost,
                            "--" + CLIENT_METADATA_OVER_HTTP + "=true");
            BundledReferenceServer server = new BundledReferenceServer(context, dataDir,
                    "http://" + documentsHost);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "reference-server-stop"));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a data directory for the reference server", e);
        }
    }

    @Override
    public String mcpUrl() {
        return mcpUrl;
    }

    @Override
    public String description() {
        return "bundled reference server at " + mcpUrl;
    }

    @Override
    public java.util.Optional<String> otherResource() {
        return java.util.Optional.of(mcpUrl.substring(0, mcpUrl.length() - "/mcp".length()) + OTHER_RESOURCE_PATH);
    }

    /** The reference server's tool that needs {@code mcp:admin}, which default tokens lack. */
    @Override
    public java.util.Optional<String> privilegedTool() {
        return java.util.Optional.of("server-stats");
    }

    /** The reference server lets {@code mcp:admin} stand in for {@code mcp:tools}. */
    @Override
    public java.util.Optional<String> declaredScopeHierarchy() {
        return java.util.Optional.of("mcp:admin>mcp:tools");
    }

    /** The bundled server keeps its signing key in its data directory, where the harness may read it. */
    @Override
    public java.util.Optional<Path> signingKey() {
        return java.util.Optional.of(dataDir.resolve(SIGNING_KEY_FILE));
    }

    @Override
    public java.util.Optional<String> clientMetadataBaseUrl() {
        return java.util.Optional.of(clientMetadataBaseUrl);
    }

    /** A loopback port free now, for a listener the server must know about before it starts. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    private void stop() {
        context.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }
}

package dev.mcpauth.conformance.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.mcpauth.conformance.targets.BundledReferenceServer;
import dev.mcpauth.conformance.targets.HarnessSettings;
import dev.mcpauth.server.ReferenceServerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reference server with one defect added by a test-only configuration class (a filter or a replaced bean),
 * started on a random loopback port. Everything else about it stays conformant, so the suite must fail exactly
 * the requirement the defect breaks.
 */
public final class DefectiveServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String baseUrl;
    private final String clientMetadataBaseUrl;
    private final Path dataDir;

    private DefectiveServer(ConfigurableApplicationContext context, Path dataDir, String clientMetadataBaseUrl) {
        this.context = context;
        this.dataDir = dataDir;
        this.clientMetadataBaseUrl = clientMetadataBaseUrl;
        this.baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static DefectiveServer with(Class<?> defect) {
        try {
            Path dataDir = Files.createTempDirectory("defective-server-");
            String documentsHost = "127.0.0.1:" + BundledReferenceServer.freePort();
            return new DefectiveServer(new SpringApplicationBuilder(ReferenceServerApplication.class, defect)
                    .run("--server.address=127.0.0.1", "--server.port=0", "--mcpauth.data-dir=" + dataDir,
                            "--spring.main.allow-bean-definition-overriding=true", "--spring.main.banner-mode=off",
                            // open event streams must not hold up the shutdown after each run
                            "--server.shutdown=immediate",
                            "--logging.level.root=WARN", "--mcpauth.additional-resource-paths=/other-mcp",
                            "--" + BundledReferenceServer.CLIENT_METADATA_ALLOWED_HOSTS + "=" + documentsHost,
                            "--" + BundledReferenceServer.CLIENT_METADATA_OVER_HTTP + "=true"),
                    dataDir, "http://" + documentsHost);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String mcpUrl() {
        return baseUrl + "/mcp";
    }

    /** What the harness must be told about this server, as an external target. */
    public Map<String, String> harnessSettings() {
        return Map.of(HarnessSettings.PRIVILEGED_TOOL, "server-stats",
                HarnessSettings.OTHER_RESOURCE, baseUrl + "/other-mcp",
                HarnessSettings.SCOPE_HIERARCHY, "mcp:admin>mcp:tools",
                HarnessSettings.CLIENT_METADATA_BASE_URL, clientMetadataBaseUrl,
                HarnessSettings.SIGNING_KEY, dataDir.resolve(BundledReferenceServer.SIGNING_KEY_FILE).toString());
    }

    @Override
    public void close() {
        context.close();
    }
}

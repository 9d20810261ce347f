package dev.mcpauth.server.config;

import java.net.URI;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The canonical URLs the server announces: base URL, MCP resource, issuer and endpoints. When no public URL is
 * configured they are derived from the bound address and the port actually taken (port 0 in tests).
 */
@Component
public class ServerUrls implements ApplicationListener<WebServerInitializedEvent> {

    public static final String MCP_PATH = "/mcp";

    private final ReferenceServerProperties properties;
    private final Environment environment;
    private volatile String baseUrl;

    public ServerUrls(ReferenceServerProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
        if (!properties.publicUrl().isEmpty()) {
            this.baseUrl = stripTrailingSlash(properties.publicUrl());
        }
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (properties.publicUrl().isEmpty()) {
            String host = environment.getProperty("server.address", "127.0.0.1");
            if (host.contains(":")) {
                host = "[" + host + "]";
            }
            baseUrl = "http://" + host + ":" + event.getWebServer().getPort();
        }
    }

    public String baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("server URL not known before the web server has started");
        }
        return baseUrl;
    }

    /** The MCP server's canonical URI (RFC 8707 resource, RFC 9728 {@code resource}, token audience). */
    public String resource() {
        return baseUrl() + MCP_PATH;
    }

    /** Resources other than this MCP server that the embedded authorization server issues tokens for. */
    public java.util.List<String> additionalResources() {
        return properties.additionalResourcePaths().stream().map(path -> baseUrl() + path).toList();
    }

    public String issuer() {
        return baseUrl() + properties.issuerPath();
    }

    public String protectedResourceMetadata() {
        return baseUrl() + "/.well-known/oauth-protected-resource" + MCP_PATH;
    }

    public URI endpoint(String path) {
        return URI.create(baseUrl() + path);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

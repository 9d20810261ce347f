package dev.mcpauth.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the reference server, bound from {@code mcpauth.*}. README lists them with their defaults.
 *
 * @param publicUrl      externally visible base URL (scheme, host, port, no trailing slash); empty means
 *                       {@code http://<server.address>:<port>}. Set it behind a proxy so the metadata names the
 *                       URL clients really use.
 * @param issuerPath     path appended to the base URL to form the authorization server's issuer ("" or "/tenant").
 * @param dataDir        directory holding clients, signing keys and refresh-token families.
 * @param accessTokenTtl lifetime of access tokens.
 * @param refreshTokenTtl lifetime of a refresh-token family.
 * @param allowedOrigins Origin header values accepted at the MCP endpoint ({@code :*} matches any port).
 * @param additionalResourcePaths paths (below the base URL) of other resources the embedded authorization server
 *                       issues tokens for; this MCP server accepts none of those tokens.
 * @param registration   dynamic client registration settings.
 * @param authorization  authorization endpoint settings.
 */
@ConfigurationProperties("mcpauth")
public record ReferenceServerProperties(
        @DefaultValue("") String publicUrl,
        @DefaultValue("") String issuerPath,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("5m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue({"http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"}) List<String> allowedOrigins,
        @DefaultValue({}) List<String> additionalResourcePaths,
        @DefaultValue Registration registration,
        @DefaultValue Authorization authorization) {

    /**
     * @param initialAccessToken when set, registration requires {@code Authorization: Bearer <this value>}.
     * @param maxPerMinute       registrations accepted per caller address and minute.
     */
    public record Registration(@DefaultValue("") String initialAccessToken,
                               @DefaultValue("120") int maxPerMinute) {
        public boolean requiresInitialAccessToken() {
            return !initialAccessToken.isEmpty();
        }
    }

    /**
     * @param consent  {@code auto}: the test user approves at once (headless flows); {@code prompt}: a consent page.
     * @param testUser subject of tokens issued through the authorization-code flow.
     */
    public record Authorization(@DefaultValue("auto") ConsentMode consent,
                                @DefaultValue("test-user") String testUser) {
    }

    public enum ConsentMode { AUTO, PROMPT }
}

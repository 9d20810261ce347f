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
 * @param clientIdMetadataDocuments how the authorization server resolves {@code https} URL client IDs (CIMD).
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
        @DefaultValue Authorization authorization,
        @DefaultValue ClientIdMetadataDocuments clientIdMetadataDocuments) {

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

    /**
     * Client ID metadata documents (draft-ietf-oauth-client-id-metadata-document-00): a client whose
     * {@code client_id} is an https URL is described by the JSON document served at that URL. Fetching a URL a
     * client chooses is a server-side request forgery risk (CIMD §6.5), hence the limits below.
     *
     * @param enabled          accept URL client IDs and announce {@code client_id_metadata_document_supported}.
     * @param maxDocumentBytes largest document accepted (CIMD §6.6 recommends 5 KB).
     * @param connectTimeout   how long to wait for the client's host to accept the connection.
     * @param readTimeout      how long to wait for the response and for each part of its body.
     * @param cacheSize        most documents kept in the cache.
     * @param cacheDefaultTtl  how long a document without cache headers is kept.
     * @param cacheMaxTtl      longest a document is kept, whatever its cache headers say.
     * @param allowedHosts     {@code host:port} pairs fetched although they resolve to loopback, private or other
     *                         special-purpose addresses. For tests only; empty by default.
     * @param allowedHostsOverHttp let client IDs on the allowed hosts use {@code http} (CIMD requires https).
     *                         For tests only; false by default.
     * @param trustedCertificates a PEM file of certificates trusted, besides the JDK's, when fetching over https
     *                         (e.g. a test server's self-signed certificate). Empty by default.
     */
    public record ClientIdMetadataDocuments(@DefaultValue("true") boolean enabled,
                                            @DefaultValue("5120") int maxDocumentBytes,
                                            @DefaultValue("2s") Duration connectTimeout,
                                            @DefaultValue("3s") Duration readTimeout,
                                            @DefaultValue("1000") int cacheSize,
                                            @DefaultValue("5m") Duration cacheDefaultTtl,
                                            @DefaultValue("1h") Duration cacheMaxTtl,
                                            @DefaultValue({}) List<String> allowedHosts,
                                            @DefaultValue("false") boolean allowedHostsOverHttp,
                                            @DefaultValue("") String trustedCertificates) {
    }
}

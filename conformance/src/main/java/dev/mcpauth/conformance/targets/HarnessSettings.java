package dev.mcpauth.conformance.targets;

import java.nio.file.Path;
import java.util.Optional;

import dev.mcpauth.conformance.mcp.Revision;

/**
 * What the user told the harness, from system properties ({@code -Dmcp.server.url=...}). Every value is optional:
 * without a URL the bundled reference server is tested; without credentials the harness gets its own.
 *
 * @param serverUrl          the MCP endpoint of the server under test
 * @param accessToken        a ready access token for that server
 * @param clientId           a pre-registered client (client credentials grant)
 * @param clientSecret       its secret
 * @param scopes             the scope to ask for (space separated); default: none, the server's default
 * @param privilegedTool     a tool that needs a scope the harness's token lacks (for the 403 checks)
 * @param otherResource      another resource the same authorization server issues tokens for (audience checks)
 * @param specVersion        which MCP revisions to test: {@code auto} (those the server speaks), {@code all}, or one
 *                           revision such as {@code 2026-07-28}
 * @param runRevision        the revision of the run in progress, set by the runner for each revision it tests
 * @param runRevisions       every revision the runner tests in this run, oldest first (the reports' columns)
 * @param runRevisionsHow    how the runner chose them: named by the user, or which probe detected what
 * @param expectedFailures   a file of requirement IDs known to fail on this server
 * @param scopeHierarchy     scopes the server treats as implying others, as {@code broader>narrower} pairs
 * @param clientMetadataBaseUrl where the authorization server reaches the harness's client metadata documents
 * @param signingKey         a JWK file with the authorization server's private signing key (test deployments only),
 *                           so that the harness can sign tokens that differ from a valid one in a single claim
 */
public record HarnessSettings(Optional<String> serverUrl, Optional<String> accessToken, Optional<String> clientId,
                              Optional<String> clientSecret, Optional<String> scopes,
                              Optional<String> privilegedTool, Optional<String> otherResource,
                              String specVersion, Optional<Revision> runRevision,
                              java.util.List<Revision> runRevisions, String runRevisionsHow,
                              Optional<Path> expectedFailures, Optional<String> scopeHierarchy,
                              Optional<String> clientMetadataBaseUrl, Optional<Path> signingKey) {

    public static final String SERVER_URL = "mcp.server.url";
    public static final String ACCESS_TOKEN = "mcp.token";
    public static final String CLIENT_ID = "mcp.client.id";
    public static final String CLIENT_SECRET = "mcp.client.secret";
    public static final String SCOPES = "mcp.scopes";
    public static final String PRIVILEGED_TOOL = "mcp.privileged.tool";
    public static final String OTHER_RESOURCE = "mcp.other.resource";
    public static final String SPEC_VERSION = "mcp.spec.version";
    public static final String EXPECTED_FAILURES = "mcp.expected.failures";
    public static final String SCOPE_HIERARCHY = "mcp.scope.hierarchy";
    public static final String CLIENT_METADATA_BASE_URL = "mcp.client.metadata.base-url";
    public static final String SIGNING_KEY = "mcp.token.signing-key";
    public static final String RUN_REVISION = "mcp.run.revision";
    public static final String RUN_REVISIONS = "mcp.run.revisions";
    public static final String RUN_REVISIONS_HOW = "mcp.run.revisions.how";
    /** Set by the runner while it runs the authorization server features, whose verdicts hold in every revision. */
    public static final String RUN_ANY_REVISION = "mcp.run.any-revision";
    public static final String AUTO = "auto";
    public static final String ALL = "all";
    public static final String DEFAULT_SPEC_VERSION = AUTO;

    public static HarnessSettings fromSystemProperties() {
        return new HarnessSettings(property(SERVER_URL), property(ACCESS_TOKEN), property(CLIENT_ID),
                property(CLIENT_SECRET), property(SCOPES), property(PRIVILEGED_TOOL), property(OTHER_RESOURCE),
                property(SPEC_VERSION).orElse(DEFAULT_SPEC_VERSION),
                property(RUN_REVISION).flatMap(Revision::fromLabel),
                property(RUN_REVISIONS).stream().flatMap(labels -> java.util.Arrays.stream(labels.split(",")))
                        .map(String::strip).map(Revision::fromLabel).flatMap(Optional::stream).toList(),
                property(RUN_REVISIONS_HOW).orElse(""), property(EXPECTED_FAILURES).map(Path::of),
                property(SCOPE_HIERARCHY), property(CLIENT_METADATA_BASE_URL), property(SIGNING_KEY).map(Path::of));
    }

    /**
     * The revision whose wire and scenarios the current run uses: the runner's, else the one the user named, else
     * 2025-11-25 (a Cucumber run started outside the runner, with {@code auto} or {@code all}).
     */
    public Revision revision() {
        return runRevision.or(() -> Revision.fromLabel(specVersion)).orElse(Revision.V2025_11_25);
    }

    private static Optional<String> property(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}

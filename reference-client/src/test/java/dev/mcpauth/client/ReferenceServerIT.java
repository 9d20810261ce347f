package dev.mcpauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.client.ClientInformation;
import com.nimbusds.oauth2.sdk.client.ClientInformationResponse;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationRequest;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationResponse;
import dev.mcpauth.client.cli.Main;
import dev.mcpauth.client.mcp.AuthorizedMcpClient;
import dev.mcpauth.client.token.GrantChoice;
import dev.mcpauth.client.token.TokenSource;
import dev.mcpauth.server.ReferenceServerApplication;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The reference client against the reference server, started in this JVM on a random loopback port. */
class ReferenceServerIT {

    private static ConfigurableApplicationContext server;
    private static Path dataDir;
    private static String base;
    private static String mcpUrl;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws IOException {
        dataDir = Files.createTempDirectory("reference-client-it-");
        server = new SpringApplicationBuilder(ReferenceServerApplication.class)
                .run("--server.address=127.0.0.1", "--server.port=0", "--mcpauth.data-dir=" + dataDir,
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
        mcpUrl = base + "/mcp";
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private ClientSettings settings(GrantChoice grant) {
        return ClientSettings.forServer(mcpUrl).withGrant(grant).withCredentialsFile(dir.resolve("credentials.json"));
    }

    @Test
    void selfRegisteredClientWithClientCredentialsCallsEchoThroughTheSdkTransport() throws IOException {
        TokenSource tokens = McpAuthorization.discover(settings(GrantChoice.CLIENT_CREDENTIALS)).orElseThrow();
        try (AuthorizedMcpClient client = AuthorizedMcpClient.connect(mcpUrl, Optional.of(tokens), Narrator.SILENT)) {
            McpSchema.CallToolResult result = (McpSchema.CallToolResult) client.callTool("echo",
                    Map.of("message", "hello")).result();
            assertThat(result.isError()).isFalse();
            assertThat(((McpSchema.TextContent) result.content().get(0)).text()).isEqualTo("hello");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("credentials.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void authorizationCodeFlowRunsHeadlesslyAgainstTheAutoApprovingServerAndRefreshes() {
        TokenSource tokens = McpAuthorization.discover(settings(GrantChoice.AUTHORIZATION_CODE)).orElseThrow();
        try (AuthorizedMcpClient client = AuthorizedMcpClient.connect(mcpUrl, Optional.of(tokens), Narrator.SILENT)) {
            assertThat(text(client.callTool("whoami", Map.of()))).contains("\"sub\":\"test-user\"");
            String first = tokens.accessToken();
            assertThat(tokens.tokens().refreshToken()).isNotNull();

            assertThat(tokens.onUnauthorized(first)).isTrue(); // refresh_token grant, rotated by the server
            assertThat(tokens.accessToken()).isNotEqualTo(first);
            assertThat(text(client.callTool("echo", Map.of("message", "after refresh")))).isEqualTo("after refresh");
        }
    }

    @Test
    void insufficientScopeFromTheServerLeadsToAStepUpAndTheCallSucceeds() {
        TokenSource tokens = McpAuthorization.discover(settings(GrantChoice.CLIENT_CREDENTIALS)).orElseThrow();
        try (AuthorizedMcpClient client = AuthorizedMcpClient.connect(mcpUrl, Optional.of(tokens), Narrator.SILENT)) {
            assertThat(client.callTool("server-stats", Map.of()).isError()).isFalse();
        }
        assertThat(tokens.tokens().scope().toStringList()).contains("mcp:tools", "mcp:admin");
    }

    @Test
    void commandLineCallsEchoAsAPreRegisteredPrivateKeyJwtClient() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        ClientMetadata metadata = new ClientMetadata();
        metadata.setName("private-key-jwt-it");
        metadata.setGrantTypes(Set.of(GrantType.CLIENT_CREDENTIALS));
        metadata.setTokenEndpointAuthMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
        metadata.setJWKSet(new JWKSet(key.toPublicJWK()));
        ClientInformation registered = ((ClientInformationResponse) ClientRegistrationResponse.parse(
                new ClientRegistrationRequest(URI.create(base + "/register"), metadata, null).toHTTPRequest().send()))
                .getClientInformation();
        Path pem = dir.resolve("key.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.toPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");

        Run run = cli(Map.of(), "--client-id", registered.getID().getValue(), "--private-key", pem.toString(),
                "call", "echo", "{\"message\":\"signed\"}", mcpUrl);

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("\"text\" : \"signed\"");
    }

    /** Every revision the reference server speaks; auto opens with 2026-07-28 and falls back where it must. */
    @ParameterizedTest
    @ValueSource(strings = {"auto", "2026-07-28", "2025-11-25", "2025-06-18"})
    void commandLineListsAndCallsToolsInEachRevision(String protocol) {
        Run list = cli(Map.of(), "--protocol", protocol, "--verbose", "list-tools", mcpUrl);
        assertThat(list.exit).as(list.err).isZero();
        assertThat(list.out).contains("echo");

        Run call = cli(Map.of(), "--protocol", protocol, "--grant", "authorization_code", "call", "echo",
                "{\"message\":\"in " + protocol + "\"}", mcpUrl);
        assertThat(call.exit).as(call.err).isZero();
        assertThat(call.out).contains("\"text\" : \"in " + protocol + "\"");
    }

    @Test
    void tokenCommandPrintsTheClaimsButNeitherTheTokenNorTheClientSecret() throws Exception {
        Run run = cli(Map.of(), "--verbose", "token", mcpUrl);

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("\"aud\" : \"" + mcpUrl + "\"").contains("\"iss\" : \"" + base + "\"");
        net.minidev.json.JSONObject stored = com.nimbusds.oauth2.sdk.util.JSONObjectUtils.parse(
                Files.readString(dir.resolve("credentials.json")));
        String secret = ClientInformation.parse(com.nimbusds.oauth2.sdk.util.JSONObjectUtils.getJSONObject(
                com.nimbusds.oauth2.sdk.util.JSONObjectUtils.getJSONObject(stored, base), "client"))
                .getSecret().getValue();
        assertThat(secret).hasSizeGreaterThan(10);
        assertThat(run.out + run.err).doesNotContain("eyJ").doesNotContain(secret);
        assertThat(run.err).contains("RFC 9728 §5.1").contains("RFC 8414 §3.3").contains("RFC 8707");
    }

    @Test
    void conformanceRunnerContractWithPreRegisteredCredentialsFromTheContext() throws Exception {
        ClientMetadata metadata = new ClientMetadata();
        metadata.setGrantTypes(Set.of(GrantType.CLIENT_CREDENTIALS));
        ClientInformation registered = ((ClientInformationResponse) ClientRegistrationResponse.parse(
                new ClientRegistrationRequest(URI.create(base + "/register"), metadata, null).toHTTPRequest().send()))
                .getClientInformation();
        String context = "{\"client_id\":\"" + registered.getID() + "\",\"client_secret\":\""
                + registered.getSecret().getValue() + "\"}";

        Run run = cli(Map.of("MCP_CONFORMANCE_SCENARIO", "auth/client-credentials-basic",
                "MCP_CONFORMANCE_CONTEXT", context), mcpUrl);

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("echo").contains("server-stats");
        assertThat(Files.exists(dir.resolve("credentials.json"))).isFalse(); // nothing registered
    }

    @Test
    void conformanceRunnerContractWithoutCredentialsRegistersAndUsesTheAuthorizationCodeFlow() {
        Run run = cli(Map.of("MCP_CONFORMANCE_SCENARIO", "auth/basic-dcr"), "--verbose", mcpUrl);

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.err).contains("grant: authorization_code").contains("state matches");
    }

    @Test
    void exitCodesSeparateUsageAndAuthorizationFailures() throws IOException {
        assertThat(cli(Map.of(), "list-tools").exit).isEqualTo(2);
        assertThat(cli(Map.of(), "frobnicate", mcpUrl).exit).isEqualTo(2);
        assertThat(cli(Map.of(), "--client-id", "unknown", "--client-secret", "wrong", "list-tools", mcpUrl).exit)
                .isEqualTo(3);
        assertThat(cli(Map.of(), "list-tools", "http://127.0.0.1:1/mcp").exit).isEqualTo(4);
        Files.writeString(dir.resolve("credentials.json"), "{damaged");
        assertThat(cli(Map.of(), "list-tools", mcpUrl).exit).isEqualTo(2);
    }

    private Run cli(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of("--credentials-file", dir.resolve("credentials.json").toString()),
                Stream.of(args)).toArray(String[]::new);
        int exit = Main.run(all, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String text(dev.mcpauth.client.mcp.McpConnection.ToolResult result) {
        return ((McpSchema.TextContent) ((McpSchema.CallToolResult) result.result()).content().get(0)).text();
    }

    private record Run(int exit, String out, String err) {
    }

}

package dev.mcpauth.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.mcpauth.client.token.GrantChoice;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static final String URL = "http://127.0.0.1:9/mcp";

    @Test
    void serverUrlIsTheLastArgumentAndTheCommandComesFirst() {
        CommandLine line = CommandLine.parse(new String[] {"--scope", "a b", "call", "echo", "{\"m\":1}", URL},
                Map.of());
        assertThat(line.serverUrl()).isEqualTo(URL);
        assertThat(line.command()).isEqualTo("call");
        assertThat(line.arguments()).containsExactly("echo", "{\"m\":1}");
        assertThat(line.scope()).contains("a b");
        assertThat(line.grant()).isEqualTo(GrantChoice.AUTO);
    }

    @Test
    void conformanceContextSuppliesThePreRegisteredClientAndLetsTheMetadataChooseTheGrant() {
        CommandLine line = CommandLine.parse(new String[] {URL}, Map.of("MCP_CONFORMANCE_SCENARIO",
                "auth/pre-registration", "MCP_CONFORMANCE_CONTEXT",
                "{\"client_id\":\"pre\",\"client_secret\":\"s\"}"));
        assertThat(line.command()).isEqualTo("list-tools");
        assertThat(line.client().clientId()).contains("pre");
        assertThat(line.client().secret()).isPresent();
        assertThat(line.grant()).isEqualTo(GrantChoice.AUTO);
    }

    @Test
    void conformanceScenarioWithoutCredentialsUsesTheAuthorizationCodeFlow() {
        CommandLine line = CommandLine.parse(new String[] {URL}, Map.of("MCP_CONFORMANCE_SCENARIO",
                "auth/metadata-default"));
        assertThat(line.grant()).isEqualTo(GrantChoice.AUTHORIZATION_CODE);
        assertThat(line.client().isPresent()).isFalse();
    }

    @Test
    void registrationsAreKeptUnderTheHomeDirectoryTheEnvironmentNames() {
        CommandLine line = CommandLine.parse(new String[] {"list-tools", URL}, Map.of("HOME", "/tmp/run-1"));
        assertThat(line.credentialsFile()).isEqualTo(java.nio.file.Path.of("/tmp/run-1", ".mcp-auth-client",
                "credentials.json"));
        assertThat(CommandLine.parse(new String[] {"--credentials-file", "/tmp/c.json", "list-tools", URL},
                Map.of("HOME", "/tmp/run-1")).credentialsFile()).isEqualTo(java.nio.file.Path.of("/tmp/c.json"));
    }

    @Test
    void secretFromTheEnvironmentKeepsItOffTheCommandLine() {
        CommandLine line = CommandLine.parse(new String[] {"--client-id", "c", "token", URL},
                Map.of("MCP_CLIENT_SECRET", "from-env"));
        assertThat(line.client().secret()).get().extracting(secret -> secret.getValue()).isEqualTo("from-env");
        assertThat(line.client().toString()).doesNotContain("from-env");
    }

    @Test
    void metadataDocumentUrlComesFromTheOptionElseFromTheConformanceContext() {
        CommandLine given = CommandLine.parse(new String[] {"--client-metadata-url",
                "https://client.example/client.json", "list-tools", URL}, Map.of());
        assertThat(given.metadataDocument()).get().extracting(document -> document.clientId())
                .isEqualTo("https://client.example/client.json");

        CommandLine fromContext = CommandLine.parse(new String[] {URL}, Map.of("MCP_CONFORMANCE_SCENARIO",
                "auth/basic-cimd", "MCP_CONFORMANCE_CONTEXT",
                "{\"client_metadata_url\":\"https://conformance-test.local/client-metadata.json\"}"));
        assertThat(fromContext.metadataDocument()).get().extracting(document -> document.clientId())
                .isEqualTo("https://conformance-test.local/client-metadata.json");
        assertThat(fromContext.grant()).isEqualTo(GrantChoice.AUTHORIZATION_CODE);

        assertThat(CommandLine.parse(new String[] {"list-tools", URL}, Map.of()).metadataDocument()).isEmpty();
    }

    @Test
    void malformedCommandLinesAreUsageErrors() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"list-tools"}, Map.of()))
                .isInstanceOf(UsageError.class).hasMessageContaining("server URL");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {URL}, Map.of()))
                .isInstanceOf(UsageError.class).hasMessageContaining("command");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"call", URL}, Map.of()))
                .isInstanceOf(UsageError.class).hasMessageContaining("tool name");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--grant", "implicit", "token", URL}, Map.of()))
                .isInstanceOf(UsageError.class).hasMessageContaining("--grant");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--client-secret", "s", "token", URL}, Map.of()))
                .isInstanceOf(UsageError.class).hasMessageContaining("--client-id");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--client-metadata-url",
                "http://client.example/client.json", "token", URL}, Map.of()))
                .isInstanceOf(UsageError.class).hasMessageContaining("--client-metadata-url")
                .hasMessageContaining("not https");
    }

    @Test
    void usageErrorsExitWith2AndHelpWith0() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(Main.run(new String[] {"list-tools"}, Map.of(), stream, stream)).isEqualTo(2);
        assertThat(Main.run(new String[] {"call", "echo", "[1]", URL}, Map.of(), stream, stream)).isEqualTo(2);
        assertThat(Main.run(new String[] {"--help"}, Map.of(), stream, stream)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: mcp-auth-client");
    }
}

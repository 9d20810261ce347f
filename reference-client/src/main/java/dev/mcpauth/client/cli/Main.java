package dev.mcpauth.client.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jwt.JWTParser;
import dev.mcpauth.client.AuthorizationFailure;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.Narrator;
import dev.mcpauth.client.ServerAuthorization;
import dev.mcpauth.client.ServerFailure;
import dev.mcpauth.client.mcp.McpConnection;
import dev.mcpauth.client.mcp.McpConnections;
import dev.mcpauth.client.store.CredentialFileException;
import dev.mcpauth.client.token.HeadlessRedirectFollower;
import dev.mcpauth.client.token.PrintingOpener;
import dev.mcpauth.client.token.TokenSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The reference client's command line. See {@link CommandLine#USAGE}. */
public final class Main {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Main() {
    }

    public static void main(String[] args) {
        // the MCP SDK logs through SLF4J; the command line ships no binding, and SLF4J should not say so on stderr
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs one command; answers the exit code. Output goes to {@code out}, narration and errors to {@code err}. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CommandLine line;
        Map<String, Object> toolArguments;
        try {
            line = CommandLine.parse(args, env);
            // checked before any request, so a typo is a usage error whatever the server does
            toolArguments = line.command().equals("call")
                    ? arguments(line.arguments().size() > 1 ? line.arguments().get(1) : "{}") : Map.of();
        } catch (UsageError e) {
            if (!e.getMessage().isEmpty()) {
                err.println("error: " + e.getMessage());
            }
            err.print(CommandLine.USAGE);
            return e.getMessage().isEmpty() ? ExitCode.OK.code : ExitCode.USAGE.code;
        }
        Narrator narrator = line.verbose() ? Narrator.to(err) : Narrator.SILENT;
        line.scenario().ifPresent(s -> narrator.step("conformance scenario " + s));
        ClientSettings settings = ClientSettings.forServer(line.serverUrl())
                .withClient(line.client())
                .withMetadataDocument(line.metadataDocument())
                .withScope(line.scope())
                .withGrant(line.grant())
                .withCredentialsFile(line.credentialsFile())
                .withOpener(line.headless() ? new HeadlessRedirectFollower(narrator) : new PrintingOpener(err))
                .withRedirectTimeout(Duration.ofSeconds(line.redirectTimeoutSeconds()))
                .withNarrator(narrator)
                .withProtocol(line.protocol())
                .withLegacyDiscovery(line.legacyDiscovery());
        ServerAuthorization authorization = new ServerAuthorization(settings);
        try (McpConnection connection = McpConnections.open(settings.serverUrl(), settings.protocol(),
                authorization, narrator)) {
            return switch (line.command()) {
                case "token" -> printToken(authorization.tokens(), out, err);
                case "call" -> call(connection, line.arguments().get(0), toolArguments, out, err);
                default -> line.scenario().isPresent() ? exerciseTools(connection, out) : listTools(connection, out);
            };
        } catch (AuthorizationFailure e) {
            err.println("authorization failed: " + e.getMessage());
            return ExitCode.AUTHORIZATION.code;
        } catch (ServerFailure e) {
            err.println("server error: " + e.getMessage());
            return ExitCode.SERVER.code;
        } catch (CredentialFileException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code;
        }
    }

    private static int listTools(McpConnection connection, PrintStream out) {
        for (McpConnection.Tool tool : connection.listTools()) {
            out.println(tool.name() + (tool.description() == null ? "" : "\t" + tool.description()));
        }
        return ExitCode.OK.code;
    }

    /**
     * What a conformance scenario expects of a client that was given no command: list the tools, then call the
     * first one, so that a server whose operations need different scopes can ask for more (step-up).
     */
    private static int exerciseTools(McpConnection connection, PrintStream out) {
        List<McpConnection.Tool> tools = connection.listTools();
        tools.forEach(tool -> out.println(tool.name()));
        if (!tools.isEmpty()) {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                    connection.callTool(tools.get(0).name(), Map.of()).result()));
        }
        return ExitCode.OK.code;
    }

    private static int call(McpConnection connection, String tool, Map<String, Object> arguments, PrintStream out,
                            PrintStream err) {
        McpConnection.ToolResult result = connection.callTool(tool, arguments);
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result.result()));
        if (result.isError()) {
            err.println("the tool reported an error");
            return ExitCode.TOOL_ERROR.code;
        }
        return ExitCode.OK.code;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> arguments(String json) {
        try {
            Object value = JSON.readValue(json, Object.class);
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
        } catch (JacksonException e) {
            throw new UsageError("the tool arguments are not valid JSON: " + e.getOriginalMessage());
        }
        throw new UsageError("the tool arguments must be a JSON object, like {\"message\":\"hi\"}");
    }

    /** The decoded claims and what the token response said; never the token or any secret. */
    private static int printToken(Optional<TokenSet> tokens, PrintStream out, PrintStream err) {
        if (tokens.isEmpty()) {
            err.println("the server answered without asking for a token: there is none to show");
            return ExitCode.OK.code;
        }
        TokenSet set = tokens.get();
        Map<String, Object> shown = new LinkedHashMap<>();
        try {
            shown.put("claims", JWTParser.parse(set.accessToken().getValue()).getJWTClaimsSet().toJSONObject());
        } catch (java.text.ParseException e) {
            shown.put("claims", "(the access token is not a JWT; its content is opaque to the client)");
        }
        shown.put("scope", set.scope() == null ? null : set.scope().toString());
        shown.put("expires_at", set.expiresAt() == null ? null : set.expiresAt().toString());
        shown.put("refresh_token", set.refreshToken() == null ? "none" : "present (not shown)");
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shown));
        return ExitCode.OK.code;
    }
}

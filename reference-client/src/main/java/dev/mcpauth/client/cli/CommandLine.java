package dev.mcpauth.client.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.mcpauth.client.mcp.ProtocolChoice;
import dev.mcpauth.client.registration.ClientIdMetadataDocument;
import dev.mcpauth.client.registration.ConfiguredClient;
import dev.mcpauth.client.store.CredentialStore;
import dev.mcpauth.client.token.GrantChoice;
import net.minidev.json.JSONObject;

/**
 * The parsed command line: {@code [options] <command> [args] <server-url>}. The server URL is the last argument,
 * as the official MCP conformance suite's client runner passes it; {@code MCP_CONFORMANCE_CONTEXT} (JSON with
 * {@code client_id}, {@code client_secret}, {@code private_key_pem}, {@code signing_algorithm}, {@code scope},
 * {@code client_metadata_url}) supplies what the options did not give.
 */
record CommandLine(String serverUrl, String command, List<String> arguments, ConfiguredClient client,
                   Optional<ClientIdMetadataDocument> metadataDocument, Optional<String> scope, GrantChoice grant,
                   Path credentialsFile, boolean headless, int redirectTimeoutSeconds, boolean verbose,
                   Optional<String> scenario, ProtocolChoice protocol, boolean legacyDiscovery) {

    static final String USAGE = """
            usage: mcp-auth-client [options] <command> [arguments] <server-url>

            commands:
              list-tools              list the server's tools
              call <tool> [json]      call a tool with JSON object arguments (default {})
              token                   print the access token's decoded claims (never the token itself)
              (none)                  with MCP_CONFORMANCE_SCENARIO set: connect and list the tools

            options:
              --client-id <id>            a pre-registered client (else the client registers itself)
              --client-secret <secret>    its secret (or set MCP_CLIENT_SECRET, which keeps it out of ps)
              --private-key <file>        its private key for private_key_jwt (PKCS#8 PEM or private JWK)
              --signing-alg <alg>         client assertion algorithm (default from the key: ES256 or RS256)
              --client-metadata-url <url> the https URL of this client's metadata document: used as client
                                          id where the authorization server advertises
                                          client_id_metadata_document_supported (else it registers)
              --scope "<a b>"             scope to ask for (default: the 401 challenge's, else the server's)
              --grant <g>                 auto | client_credentials | authorization_code (default auto:
                                          client credentials when the server advertises them; with
                                          MCP_CONFORMANCE_SCENARIO: client credentials when a secret or
                                          key is given or the scenario is a client-credentials one,
                                          else the authorization code)
              --browser <b>               headless: follow redirects (auto-approving servers, the default)
                                          print: print the authorization URL for you to open
              --redirect-timeout <s>      seconds to wait for the authorization response (default 300)
              --credentials-file <file>   where registrations are kept (default ~/.mcp-auth-client/credentials.json)
              --protocol <p>              auto | 2026-07-28 | 2025-11-25 | 2025-06-18 (default auto:
                                          2026-07-28 first, initialize when the server does not speak it)
              --legacy-discovery          for servers built for MCP 2025-03-26: without protected resource
                                          metadata, the server's origin is its authorization server, and
                                          without its metadata /authorize, /token, /register (off by default)
              --verbose                   narrate each discovery and grant step on stderr
              --help

            exit codes: 0 ok, 1 the tool reported an error, 2 usage error, 3 authorization failure, 4 server error
            """;

    private static final List<String> COMMANDS = List.of("list-tools", "call", "token");

    static CommandLine parse(String[] args, Map<String, String> env) {
        Map<String, String> options = new java.util.HashMap<>();
        List<String> positional = new ArrayList<>();
        boolean verbose = false;
        boolean legacyDiscovery = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--verbose") || arg.equals("-v")) {
                verbose = true;
            } else if (arg.equals("--legacy-discovery")) {
                legacyDiscovery = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageError("");
            } else if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
                if (!List.of("client-id", "client-secret", "private-key", "signing-alg", "client-metadata-url",
                        "scope", "grant", "browser", "redirect-timeout", "credentials-file", "protocol").contains(name)) {
                    throw new UsageError("unknown option --" + name);
                }
                if (eq >= 0) {
                    options.put(name, arg.substring(eq + 1));
                } else if (i + 1 < args.length) {
                    options.put(name, args[++i]);
                } else {
                    throw new UsageError("option --" + name + " needs a value");
                }
            } else {
                positional.add(arg);
            }
        }
        if (positional.isEmpty()) {
            throw new UsageError("the MCP server URL is missing; give it as the last argument");
        }
        String serverUrl = positional.remove(positional.size() - 1);
        if (!serverUrl.startsWith("http://") && !serverUrl.startsWith("https://")) {
            throw new UsageError("the last argument must be the MCP server URL (http:// or https://), not \""
                    + serverUrl + "\"");
        }
        Optional<String> scenario = Optional.ofNullable(env.get("MCP_CONFORMANCE_SCENARIO")).filter(s -> !s.isBlank());
        String command;
        if (positional.isEmpty()) {
            if (scenario.isEmpty()) {
                throw new UsageError("a command is missing: list-tools, call or token");
            }
            command = "list-tools";
        } else {
            command = positional.remove(0);
        }
        if (!COMMANDS.contains(command)) {
            throw new UsageError("unknown command \"" + command + "\"; use list-tools, call or token");
        }
        if (command.equals("call") && (positional.isEmpty() || positional.size() > 2)) {
            throw new UsageError("call needs a tool name and at most one JSON argument object");
        }
        if (!command.equals("call") && !positional.isEmpty()) {
            throw new UsageError(command + " takes no arguments, got " + positional);
        }
        JSONObject context = context(env);
        return new CommandLine(serverUrl, command, List.copyOf(positional), client(options, env, context),
                metadataDocument(options, context),
                Optional.ofNullable(options.get("scope")).or(() -> string(context, "scope")),
                grant(options.get("grant"), scenario, hasCredentials(options, env, context)),
                Optional.ofNullable(options.get("credentials-file")).map(Path::of)
                        .orElseGet(() -> defaultCredentialsFile(env)),
                browser(options.getOrDefault("browser", "headless")),
                seconds(options.getOrDefault("redirect-timeout", "300")), verbose, scenario,
                protocol(options.getOrDefault("protocol", "auto")), legacyDiscovery);
    }

    /**
     * {@code $HOME/.mcp-auth-client/credentials.json} when the environment names a home directory (as a conformance
     * runner does to keep each run's registrations to itself), else the one under the JVM's {@code user.home}.
     */
    private static Path defaultCredentialsFile(Map<String, String> env) {
        String home = env.get("HOME");
        return home == null || home.isBlank() ? CredentialStore.defaultFile()
                : Path.of(home, ".mcp-auth-client", "credentials.json");
    }

    private static ConfiguredClient client(Map<String, String> options, Map<String, String> env, JSONObject context) {
        Optional<String> clientId = Optional.ofNullable(options.get("client-id")).or(() -> string(context, "client_id"));
        Optional<String> secret = Optional.ofNullable(options.get("client-secret"))
                .or(() -> Optional.ofNullable(env.get("MCP_CLIENT_SECRET")).filter(s -> !s.isEmpty()))
                .or(() -> string(context, "client_secret"));
        Optional<String> keyText = Optional.ofNullable(options.get("private-key")).map(CommandLine::read)
                .or(() -> string(context, "private_key_pem")).or(() -> string(context, "private_key_jwk"));
        Optional<PrivateKeys.LoadedKey> key = keyText.map(PrivateKeys::parse);
        Optional<JWSAlgorithm> alg = Optional.ofNullable(options.get("signing-alg"))
                .or(() -> string(context, "signing_algorithm")).map(JWSAlgorithm::parse);
        if (clientId.isEmpty() && (secret.isPresent() || key.isPresent())) {
            throw new UsageError("a client secret or private key needs --client-id as well");
        }
        return new ConfiguredClient(clientId, secret.map(Secret::new), key.map(PrivateKeys.LoadedKey::key),
                key.flatMap(PrivateKeys.LoadedKey::keyId), alg);
    }

    private static Optional<ClientIdMetadataDocument> metadataDocument(Map<String, String> options,
                                                                       JSONObject context) {
        Optional<String> url = Optional.ofNullable(options.get("client-metadata-url"))
                .or(() -> string(context, "client_metadata_url"));
        try {
            return url.map(ClientIdMetadataDocument::at);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--client-metadata-url: " + e.getMessage());
        }
    }

    private static boolean hasCredentials(Map<String, String> options, Map<String, String> env, JSONObject context) {
        return options.containsKey("client-secret") || options.containsKey("private-key")
                || env.get("MCP_CLIENT_SECRET") != null && !env.get("MCP_CLIENT_SECRET").isEmpty()
                || string(context, "client_secret").isPresent() || string(context, "private_key_pem").isPresent()
                || string(context, "private_key_jwk").isPresent();
    }

    private static JSONObject context(Map<String, String> env) {
        String json = env.get("MCP_CONFORMANCE_CONTEXT");
        if (json == null || json.isBlank()) {
            return new JSONObject();
        }
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new UsageError("MCP_CONFORMANCE_CONTEXT is not a JSON object: " + e.getMessage());
        }
    }

    private static Optional<String> string(JSONObject object, String name) {
        return object.get(name) instanceof String value && !value.isEmpty() ? Optional.of(value) : Optional.empty();
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UsageError("cannot read the private key file " + file + ": " + e.getMessage());
        }
    }

    /**
     * The --grant option. Without it, for a conformance scenario: client credentials when the scenario's name says
     * so; with a pre-registered secret or key, whatever the authorization server advertises (AUTO: a pre-registered
     * client may be meant for the code flow); else the authorization code flow. Outside the conformance contract:
     * AUTO.
     */
    private static GrantChoice grant(String value, Optional<String> scenario, boolean hasCredentials) {
        if (value == null) {
            return scenario.map(name -> name.replace('_', '-').contains("client-credentials")
                    ? GrantChoice.CLIENT_CREDENTIALS
                    : hasCredentials ? GrantChoice.AUTO : GrantChoice.AUTHORIZATION_CODE).orElse(GrantChoice.AUTO);
        }
        try {
            return GrantChoice.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--grant must be auto, client_credentials or authorization_code, not " + value);
        }
    }

    private static ProtocolChoice protocol(String value) {
        try {
            return ProtocolChoice.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--protocol: " + e.getMessage());
        }
    }

    private static boolean browser(String value) {
        return switch (value) {
            case "headless" -> true;
            case "print" -> false;
            default -> throw new UsageError("--browser must be headless or print, not " + value);
        };
    }

    private static int seconds(String value) {
        try {
            int seconds = Integer.parseInt(value);
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new UsageError("--redirect-timeout must be a positive number of seconds, not " + value);
    }
}

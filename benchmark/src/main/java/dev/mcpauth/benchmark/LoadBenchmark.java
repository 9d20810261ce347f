package dev.mcpauth.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

/**
 * Load benchmark: the reference server side by side, in one run, with the MCP TypeScript SDK 1.x example OAuth
 * server ({@code simpleStreamableHttp --oauth}, 2025 revisions only) and the TypeScript SDK v2
 * ({@code @modelcontextprotocol/server} with {@code requireBearerAuth}, tokens from oidc-provider; the stack of
 * {@code docs/interop/ts_sdk_oidc_server.mjs}). Starts each (one at a time), drives the workloads of {@link Workload}
 * that it supports for a fixed time and concurrency, measures cold start, and prints the {@link Report}. Run by
 * {@code benchmark/run.sh}.
 */
public final class LoadBenchmark {

    static final String PROTOCOL = "2025-06-18";
    static final String STATELESS_PROTOCOL = "2026-07-28";
    /** The JVM options README recommends for running the reference server; the benchmark measures that command. */
    static final String RECOMMENDED_SERVER_JAVA_OPTIONS = "-Xmx128m -XX:+UseSerialGC";
    /** The v2 peer's start script (a copy of {@code docs/interop/ts_sdk_oidc_server.mjs} in the peer folder). */
    static final String PEER_V2_SCRIPT = "ts_sdk_oidc_server.mjs";
    static final String ACCEPT = "application/json, text/event-stream";
    static final String SCOPE = "mcp:tools";
    static final Pattern CLIENT_ID = Pattern.compile("\"client_id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern CLIENT_SECRET = Pattern.compile("\"client_secret\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern REGISTRATION_ENDPOINT = Pattern.compile("\"registration_endpoint\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern TOKEN_ENDPOINT = Pattern.compile("\"token_endpoint\"\\s*:\\s*\"([^\"]+)\"");
    static final String LOOPBACK_PRELOAD = """
            const net = require('net');
            const listen = net.Server.prototype.listen;
            net.Server.prototype.listen = function (...args) {
              const port = typeof args[0] === 'number' || (typeof args[0] === 'string' && /^[0-9]+$/.test(args[0]));
              if (port && (args.length === 1 || typeof args[1] === 'function')) {
                args.splice(1, 0, '127.0.0.1');
              }
              return listen.apply(this, args);
            };
            """;
    static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    /**
     * The tool each server is called with: its name, the argument carrying the text, and the text it answers
     * (ours and the v2 peer echo it; the 1.x example's {@code greet} answers {@code Hello, <name>!}).
     */
    record EchoTool(String name, String argument, String answerPrefix, String answerSuffix) {
        static final EchoTool OURS = new EchoTool("echo", "message", "", "");
        static final EchoTool TS_SDK_1 = new EchoTool("greet", "name", "Hello, ", "!");
        static final EchoTool TS_SDK_2 = new EchoTool("echo", "text", "", "");

        String arguments(String text) {
            return "{\"" + argument + "\":\"" + text + "\"}";
        }

        String answer(String text) {
            return answerPrefix + text + answerSuffix;
        }
    }

    /** A request one worker sends over and over; returns true when the answer is the expected one. */
    interface Call {
        boolean call(HttpClient http) throws Exception;
    }

    /** Creates a worker's call (once per worker: e.g. opens its MCP session). */
    interface CallFactory {
        Call create(int worker) throws Exception;
    }

    /**
     * A worker's numbering: every tools/call carries its own JSON-RPC id and text, and the answer must carry both
     * back, so a wrong or mixed-up answer counts as an error.
     */
    static final class Sequence {
        private final String prefix;
        private long next;

        Sequence(int worker) {
            prefix = "w" + worker + "-";
        }

        long nextId() {
            return ++next;
        }

        String text(long id) {
            return prefix + id;
        }
    }

    /** The endpoints of an authorization server the benchmark uses, from its metadata. */
    record AuthorizationServer(String registrationEndpoint, String tokenEndpoint) {
    }

    final int concurrency;
    final Duration warmup;
    final Duration measure;
    final Path serverJar;
    final Path peerDir;
    final Path peerV2Dir;
    final int coldStartRuns;
    final boolean cdsColdStart;
    final List<String> serverJavaOptions;
    final HttpClient http;
    final ExecutorService clientPool;
    final SecureRandom random = new SecureRandom();

    LoadBenchmark(Map<String, String> opts) {
        concurrency = Integer.parseInt(opts.getOrDefault("concurrency", "64"));
        warmup = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("warmup", "10")));
        measure = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("duration", "20")));
        serverJar = Path.of(opts.getOrDefault("server-jar",
                "reference-server/target/reference-server-0.1.0-SNAPSHOT-exec.jar")).toAbsolutePath();
        peerDir = opts.containsKey("peer-dir") ? Path.of(opts.get("peer-dir")) : null;
        peerV2Dir = opts.containsKey("peer-v2-dir") ? Path.of(opts.get("peer-v2-dir")) : null;
        coldStartRuns = Integer.parseInt(opts.getOrDefault("cold-starts", "3"));
        cdsColdStart = Boolean.parseBoolean(opts.getOrDefault("cds", "true"));
        String javaOptions = opts.getOrDefault("server-java-options", RECOMMENDED_SERVER_JAVA_OPTIONS).trim();
        serverJavaOptions = javaOptions.isEmpty() ? List.of() : List.of(javaOptions.split("\\s+"));
        clientPool = Executors.newFixedThreadPool(Math.max(4, concurrency / 4));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientPool)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                System.err.println("usage: LoadBenchmark [--server-jar=PATH] [--peer-dir=DIR] [--peer-v2-dir=DIR]"
                        + " [--concurrency=64] [--warmup=10] [--duration=20] [--cold-starts=3] [--cds=true]"
                        + " [--server-java-options=\"-Xmx… …\"]");
                System.exit(2);
            }
            opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        LoadBenchmark b = new LoadBenchmark(opts);
        try {
            b.run();
        } finally {
            b.clientPool.shutdownNow();
        }
        System.exit(0);
    }

    void run() throws Exception {
        System.out.printf(Locale.ROOT, "concurrency %d, warm-up %d s, measure %d s per workload; %d cores, Java %s;"
                        + " reference server started with: java %s -jar%n",
                concurrency, warmup.toSeconds(), measure.toSeconds(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), String.join(" ", serverJavaOptions));
        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < coldStartRuns; i++) {
            cold.add(coldStart(serverJar, List.of()));
            System.out.printf(Locale.ROOT, "cold start %d: %.0f ms%n", i + 1, cold.get(i));
        }
        List<Double> cdsCold = new ArrayList<>();
        if (cdsColdStart && coldStartRuns > 0) {
            Path cdsDir = Files.createTempDirectory("bench-cds-");
            try {
                Path[] jarAndArchive = prepareClassDataSharing(cdsDir);
                for (int i = 0; i < coldStartRuns; i++) {
                    cdsCold.add(coldStart(jarAndArchive[0], List.of("-XX:SharedArchiveFile=" + jarAndArchive[1])));
                    System.out.printf(Locale.ROOT, "cold start with a CDS archive %d: %.0f ms%n", i + 1, cdsCold.get(i));
                }
            } finally {
                deleteTree(cdsDir);
            }
        }
        List<Double> peerCold = new ArrayList<>();
        for (int i = 0; peerDir != null && i < coldStartRuns; i++) {
            peerCold.add(peerColdStart());
            System.out.printf(Locale.ROOT, "TypeScript SDK 1.x peer cold start %d: %.0f ms%n", i + 1, peerCold.get(i));
        }
        List<Double> peerV2Cold = new ArrayList<>();
        for (int i = 0; peerV2Dir != null && i < coldStartRuns; i++) {
            peerV2Cold.add(peerV2ColdStart());
            System.out.printf(Locale.ROOT, "TypeScript SDK v2 peer cold start %d: %.0f ms%n", i + 1, peerV2Cold.get(i));
        }
        Map<Contender, Measurements> runs = new EnumMap<>(Contender.class);
        runs.put(Contender.OURS, new Measurements(runOurs(), median(cold), median(cdsCold)));
        if (peerDir != null) {
            runs.put(Contender.TS_SDK_1, new Measurements(runPeer(), median(peerCold), Double.NaN));
        }
        if (peerV2Dir != null) {
            runs.put(Contender.TS_SDK_2, new Measurements(runPeerV2(), median(peerV2Cold), Double.NaN));
        }
        System.out.println(Report.table(runs, coldStartRuns));
        System.out.print(Report.targetsText(Report.targets(runs, concurrency)));
    }

    // ---------------------------------------------------------------- ours

    Process startOurs(Path dataDir, int port) throws IOException {
        return startOurs(dataDir, port, serverJar, List.of());
    }

    Process startOurs(Path dataDir, int port, Path jar, List<String> extraJavaOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(serverJavaOptions);
        command.addAll(extraJavaOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--server.address=127.0.0.1", "--mcpauth.data-dir=" + dataDir,
                "--mcpauth.registration.max-per-minute=100000"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
                .start();
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The faster start README describes: the jar extracted by Spring Boot's jar tools, and a class data sharing
     * archive written by one training start that stops after the application context is ready. Returns the
     * extracted jar and the archive.
     */
    Path[] prepareClassDataSharing(Path dir) throws Exception {
        Path extracted = dir.resolve("app");
        run(List.of(javaExecutable(), "-Djarmode=tools", "-jar", serverJar.toString(), "extract", "--destination",
                extracted.toString()), dir);
        Path jar = extracted.resolve(serverJar.getFileName());
        Path archive = dir.resolve("reference-server.jsa");
        List<String> training = new ArrayList<>(List.of(javaExecutable()));
        training.addAll(serverJavaOptions);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                jar.toString(), "--server.port=0", "--mcpauth.data-dir=" + dir.resolve("training-data")));
        run(training, dir);
        return new Path[] {jar, archive};
    }

    static void run(List<String> command, Path dir) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("prepare.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command) + "\n"
                    + Files.readString(dir.resolve("prepare.log")));
        }
    }

    static AuthorizationServer ours(String base) {
        return new AuthorizationServer(base + "/register", base + "/token");
    }

    /** Wall time (ms) from launching java -jar to the first successful authenticated tools/call. */
    double coldStart(Path jar, List<String> extraJavaOptions) throws Exception {
        Path data = Files.createTempDirectory("bench-cold-");
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        long t0 = System.nanoTime();
        Process p = startOurs(data, port, jar, extraJavaOptions);
        try {
            return millisToFirstToolCall(t0, p, "reference server", () -> {
                String[] client = registerConfidential(ours(base).registrationEndpoint(), OURS_CONFIDENTIAL_CLIENT);
                String token = clientCredentials(ours(base).tokenEndpoint(), client[0], client[1], base + "/mcp");
                String session = initialize(base + "/mcp", token);
                return toolCall(http, base + "/mcp", token, session, EchoTool.OURS, 2, "hi");
            });
        } finally {
            stop(p);
            deleteTree(data);
        }
    }

    /** Retries {@code firstCall} every 10 ms until it succeeds; the time since {@code t0}, in ms. */
    static double millisToFirstToolCall(long t0, Process server, String what, Check firstCall) throws Exception {
        long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                if (firstCall.ok()) {
                    return (System.nanoTime() - t0) / 1e6;
                }
            } catch (IOException | RuntimeException notYet) {
                Thread.sleep(10);
            }
        }
        throw new IllegalStateException(what + " did not answer a tools/call within 60 s");
    }

    static final String OURS_CONFIDENTIAL_CLIENT = "{\"client_name\":\"bench\",\"grant_types\":[\"client_credentials\"]}";

    Map<Workload, Result> runOurs() throws Exception {
        Path data = Files.createTempDirectory("bench-ours-");
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        String mcp = base + "/mcp";
        Process p = startOurs(data, port);
        try {
            waitFor(() -> status(get(base + "/.well-known/oauth-protected-resource/mcp")) == 200, p, "reference server");
            Map<Workload, Result> results = new EnumMap<>(Workload.class);
            results.put(Workload.TOKEN, tokenLoad(Contender.OURS, p, ours(base), OURS_CONFIDENTIAL_CLIENT, mcp));
            // the token of the headless code flow with PKCE, as a user's MCP client would hold
            String token = codeFlow(base + "/register", base + "/authorize", base + "/token", mcp);
            results.put(Workload.TOOLS_CALL_2025, sessionToolCallLoad(Contender.OURS, p, mcp, token, EchoTool.OURS));
            results.put(Workload.UNAUTHENTICATED, load(Contender.OURS, Workload.UNAUTHENTICATED, p.pid(),
                    w -> h -> unauthenticated(h, mcp)));
            results.put(Workload.TOOLS_CALL_2026, statelessToolCallLoad(Contender.OURS, p, mcp, token, EchoTool.OURS));
            return results;
        } finally {
            stop(p);
            deleteTree(data);
        }
    }

    // ---------------------------------------------------------------- workloads every contender shares

    /** Client credentials grants, one self-registered confidential client per worker. */
    Result tokenLoad(Contender who, Process p, AuthorizationServer as, String registration, String resource)
            throws Exception {
        String[][] clients = new String[concurrency][];
        for (int i = 0; i < concurrency; i++) {
            clients[i] = registerConfidential(as.registrationEndpoint(), registration);
        }
        return load(who, Workload.TOKEN, p.pid(), w -> {
            String basic = basic(clients[w][0], clients[w][1]);
            String body = clientCredentialsForm(resource);
            return h -> {
                HttpResponse<String> r = h.send(HttpRequest.newBuilder(URI.create(as.tokenEndpoint()))
                        .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                return expect(r.statusCode() == 200 && ACCESS_TOKEN.matcher(r.body()).find(), r);
            };
        });
    }

    /**
     * 2025-06-18 {@code tools/call}: each worker initializes once, then calls with its session. A server that
     * answers {@code initialize} without a session id (the v2 SDK serves 2025 clients statelessly) is called
     * without one, and the result says so.
     */
    Result sessionToolCallLoad(Contender who, Process p, String mcp, String token, EchoTool tool) throws Exception {
        AtomicBoolean sessionless = new AtomicBoolean();
        Result r = load(who, Workload.TOOLS_CALL_2025, p.pid(), w -> {
            String session = initialize(mcp, token);
            if (session == null) {
                sessionless.set(true);
            }
            Sequence s = new Sequence(w);
            return h -> {
                long id = s.nextId();
                return toolCall(h, mcp, token, session, tool, id, s.text(id));
            };
        });
        return sessionless.get() ? r.withNote("initialize answered without a session id: the calls carry none"
                + " (the server answers 2025 clients statelessly)") : r;
    }

    Result statelessToolCallLoad(Contender who, Process p, String mcp, String token, EchoTool tool) throws Exception {
        return load(who, Workload.TOOLS_CALL_2026, p.pid(), w -> {
            Sequence s = new Sequence(w);
            return h -> {
                long id = s.nextId();
                return statelessToolCall(h, mcp, token, tool, id, s.text(id));
            };
        });
    }

    // ---------------------------------------------------------------- TypeScript SDK 1.x peer

    /** A peer's MCP server and its authorization server, in one Node process. */
    record Peer(Process process, String mcp, String auth, Path log, Path loopback) {
    }

    Peer startPeer() throws IOException {
        int mcpPort = freePort();
        int authPort = freePort();
        Path log = Files.createTempFile("bench-peer-", ".log");
        // The example listens on every interface; a preload makes its servers listen on 127.0.0.1 only.
        Path loopback = Files.createTempFile("bench-peer-loopback-", ".cjs");
        Files.writeString(loopback, LOOPBACK_PRELOAD);
        ProcessBuilder pb = new ProcessBuilder("node", "--require", loopback.toString(),
                "node_modules/@modelcontextprotocol/sdk/dist/esm/examples/server/simpleStreamableHttp.js", "--oauth")
                .directory(peerDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("MCP_PORT", Integer.toString(mcpPort));
        pb.environment().put("MCP_AUTH_PORT", Integer.toString(authPort));
        return new Peer(pb.start(), "http://localhost:" + mcpPort + "/mcp", "http://localhost:" + authPort, log,
                loopback);
    }

    void stop(Peer peer) throws Exception {
        stop(peer.process());
        if (peer.loopback() != null) {
            Files.deleteIfExists(peer.loopback());
        }
        Files.deleteIfExists(peer.log());
    }

    /** Wall time (ms) from launching node to the first successful authenticated tools/call. */
    double peerColdStart() throws Exception {
        long t0 = System.nanoTime();
        Peer peer = startPeer();
        try {
            return millisToFirstToolCall(t0, peer.process(), "TypeScript SDK 1.x peer", () -> {
                String token = codeFlow(peer.auth() + "/register", peer.auth() + "/authorize",
                        peer.auth() + "/token", peer.mcp());
                String session = initialize(peer.mcp(), token);
                return toolCall(http, peer.mcp(), token, session, EchoTool.TS_SDK_1, 2, "hi");
            });
        } finally {
            stop(peer);
        }
    }

    Map<Workload, Result> runPeer() throws Exception {
        Peer peer = startPeer();
        Process p = peer.process();
        String mcp = peer.mcp();
        String auth = peer.auth();
        String mcpOrigin = mcp.substring(0, mcp.length() - "/mcp".length());
        try {
            waitFor(() -> status(get(auth + "/.well-known/oauth-authorization-server")) == 200
                    && status(get(mcpOrigin + "/.well-known/oauth-protected-resource/mcp")) == 200,
                    p, "TypeScript SDK 1.x peer");
            Map<Workload, Result> results = new EnumMap<>(Workload.class);
            results.put(Workload.TOKEN, Result.unsupported(Workload.TOKEN,
                    "not supported (its authorization server has no client credentials grant)"));
            String token = codeFlow(auth + "/register", auth + "/authorize", auth + "/token", mcp);
            results.put(Workload.TOOLS_CALL_2025, sessionToolCallLoad(Contender.TS_SDK_1, p, mcp, token,
                    EchoTool.TS_SDK_1));
            results.put(Workload.UNAUTHENTICATED, load(Contender.TS_SDK_1, Workload.UNAUTHENTICATED, p.pid(),
                    w -> h -> unauthenticated(h, mcp)));
            results.put(Workload.TOOLS_CALL_2026, Result.unsupported(Workload.TOOLS_CALL_2026,
                    "not supported (the example of @modelcontextprotocol/sdk 1.x speaks 2025 revisions only)"));
            return results;
        } finally {
            stop(peer);
        }
    }

    // ---------------------------------------------------------------- TypeScript SDK v2 peer

    /** oidc-provider registers a client that only uses client credentials when it asks for no response types. */
    static final String OIDC_PROVIDER_CONFIDENTIAL_CLIENT = "{\"client_name\":\"bench\","
            + "\"grant_types\":[\"client_credentials\"],\"response_types\":[],\"redirect_uris\":[],"
            + "\"token_endpoint_auth_method\":\"client_secret_basic\"}";

    /**
     * The v2 stack: the MCP server on a free port P and oidc-provider on P+1, in one Node process, run with the
     * Node in the peer folder when it has one (oidc-provider 9 supports Node 22 and later), else {@code node}.
     */
    Peer startPeerV2() throws IOException {
        int port = freePortPair();
        Path log = Files.createTempFile("bench-peer-v2-", ".log");
        Path localNode = peerV2Dir.resolve("node_modules/.bin/node");
        String node = Files.isExecutable(localNode) ? localNode.toString() : "node";
        Process process = new ProcessBuilder(node, PEER_V2_SCRIPT, Integer.toString(port))
                .directory(peerV2Dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Peer(process, "http://127.0.0.1:" + port + "/mcp", "http://127.0.0.1:" + (port + 1), log, null);
    }

    AuthorizationServer discover(String issuer) throws Exception {
        HttpResponse<String> r = get(issuer + "/.well-known/openid-configuration");
        if (r.statusCode() != 200) {
            throw new IOException("authorization server metadata: " + r.statusCode());
        }
        return new AuthorizationServer(find(REGISTRATION_ENDPOINT, r.body()), find(TOKEN_ENDPOINT, r.body()));
    }

    /** Wall time (ms) from launching node to the first successful authenticated 2026-07-28 tools/call. */
    double peerV2ColdStart() throws Exception {
        long t0 = System.nanoTime();
        Peer peer = startPeerV2();
        try {
            return millisToFirstToolCall(t0, peer.process(), "TypeScript SDK v2 peer", () -> {
                String token = peerV2Token(peer);
                return statelessToolCall(http, peer.mcp(), token, EchoTool.TS_SDK_2, 2, "hi");
            });
        } finally {
            stop(peer);
        }
    }

    String peerV2Token(Peer peer) throws Exception {
        AuthorizationServer as = discover(peer.auth());
        String[] client = registerConfidential(as.registrationEndpoint(), OIDC_PROVIDER_CONFIDENTIAL_CLIENT);
        return clientCredentials(as.tokenEndpoint(), client[0], client[1], peer.mcp());
    }

    Map<Workload, Result> runPeerV2() throws Exception {
        Peer peer = startPeerV2();
        Process p = peer.process();
        String mcp = peer.mcp();
        String mcpOrigin = mcp.substring(0, mcp.length() - "/mcp".length());
        try {
            waitFor(() -> status(get(peer.auth() + "/.well-known/openid-configuration")) == 200
                    && status(get(mcpOrigin + "/.well-known/oauth-protected-resource/mcp")) == 200,
                    p, "TypeScript SDK v2 peer");
            Map<Workload, Result> results = new EnumMap<>(Workload.class);
            results.put(Workload.TOKEN, tokenLoad(Contender.TS_SDK_2, p, discover(peer.auth()),
                    OIDC_PROVIDER_CONFIDENTIAL_CLIENT, mcp));
            // a JWT access token for the MCP resource, verified by the MCP server locally through the JWKS
            String token = peerV2Token(peer);
            results.put(Workload.TOOLS_CALL_2025, sessionToolCallLoad(Contender.TS_SDK_2, p, mcp, token,
                    EchoTool.TS_SDK_2));
            results.put(Workload.UNAUTHENTICATED, load(Contender.TS_SDK_2, Workload.UNAUTHENTICATED, p.pid(),
                    w -> h -> unauthenticated(h, mcp)));
            results.put(Workload.TOOLS_CALL_2026, statelessToolCallLoad(Contender.TS_SDK_2, p, mcp, token,
                    EchoTool.TS_SDK_2));
            return results;
        } finally {
            stop(peer);
        }
    }

    // ---------------------------------------------------------------- load loop

    Result load(Contender who, Workload workload, long pid, CallFactory factory) throws Exception {
        Call[] calls = new Call[concurrency];
        for (int w = 0; w < concurrency; w++) {
            calls[w] = factory.create(w);
        }
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        long measureStart = start + warmup.toNanos();
        long end = measureStart + measure.toNanos();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Future<long[]>> futures = new ArrayList<>();
        Histogram[] hists = new Histogram[concurrency];
        for (int w = 0; w < concurrency; w++) {
            Histogram hist = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
            hists[w] = hist;
            Call call = calls[w];
            futures.add(workers.submit(() -> {
                long ok = 0;
                long errors = 0;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    boolean good;
                    try {
                        good = call.call(http);
                    } catch (Exception e) {
                        good = false;
                        firstError.compareAndSet(null, e.toString());
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureStart && t1 <= end) {
                        if (good) {
                            ok++;
                            hist.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(t1 - t0), hist.getHighestTrackableValue()));
                        } else {
                            errors++;
                        }
                    }
                }
                return new long[] {ok, errors};
            }));
        }
        sleepUntil(measureStart);
        long cpuAtStart = cpuTicks(pid);
        sleepUntil(end);
        long cpuAtEnd = cpuTicks(pid);
        long ok = 0;
        long errors = 0;
        for (Future<long[]> f : futures) {
            long[] r = f.get(warmup.toSeconds() + measure.toSeconds() + 120, TimeUnit.SECONDS);
            ok += r[0];
            errors += r[1];
        }
        workers.shutdown();
        Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        for (Histogram h : hists) {
            all.add(h);
        }
        double cpuMs = cpuAtStart < 0 || cpuAtEnd < 0 ? Double.NaN : (cpuAtEnd - cpuAtStart) * 1000.0 / CLOCK_TICKS_PER_SECOND;
        Result r = new Result(workload, ok, errors, measure.toNanos() / 1e9, all, peakRssKb(pid), cpuMs, "");
        System.out.printf(Locale.ROOT, "  %-4s %-50s %7.0f req/s  p50 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  errors %d"
                        + "  server CPU %.0f µs/req  peak RSS %d MB%n", who.shortName, workload.label, r.throughput(),
                r.percentileMs(50), r.percentileMs(99), r.percentileMs(99.9), errors, r.cpuMicrosPerRequest(),
                r.peakRssKb() / 1024);
        if (firstError.get() != null) {
            System.out.println("    first error (warm-up included): " + firstError.get());
        }
        return r;
    }

    // ---------------------------------------------------------------- protocol helpers

    String[] registerConfidential(String registrationEndpoint, String metadata) throws Exception {
        HttpResponse<String> r = postJson(registrationEndpoint, metadata);
        if (r.statusCode() != 201) {
            throw new IOException("register: " + r.statusCode() + " " + r.body());
        }
        return new String[] {find(CLIENT_ID, r.body()), find(CLIENT_SECRET, r.body())};
    }

    static String clientCredentialsForm(String resource) {
        return "grant_type=client_credentials&scope=" + enc(SCOPE) + "&resource=" + enc(resource);
    }

    String clientCredentials(String tokenEndpoint, String id, String secret, String resource) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Authorization", basic(id, secret)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(clientCredentialsForm(resource)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("token: " + r.statusCode() + " " + r.body());
        }
        return find(ACCESS_TOKEN, r.body());
    }

    /** Headless authorization code flow with PKCE S256 as a public client with a loopback redirect URI. */
    String codeFlow(String register, String authorize, String tokenUrl, String resource) throws Exception {
        String redirect = "http://127.0.0.1:" + freePort() + "/callback";
        HttpResponse<String> reg = postJson(register, "{\"client_name\":\"bench\",\"redirect_uris\":[\"" + redirect
                + "\"],\"grant_types\":[\"authorization_code\"],\"response_types\":[\"code\"],"
                + "\"token_endpoint_auth_method\":\"none\"}");
        if (reg.statusCode() != 201) {
            throw new IOException("register: " + reg.statusCode() + " " + reg.body());
        }
        String clientId = find(CLIENT_ID, reg.body());
        byte[] v = new byte[32];
        random.nextBytes(v);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(v);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String state = Long.toHexString(random.nextLong());
        String url = authorize + "?response_type=code&client_id=" + enc(clientId) + "&redirect_uri=" + enc(redirect)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256&state=" + state + "&scope="
                + enc("mcp:tools") + "&resource=" + enc(resource);
        HttpResponse<String> a = get(url);
        String location = a.headers().firstValue("Location").orElseThrow(
                () -> new IOException("authorize: no redirect, " + a.statusCode() + " " + a.body()));
        if (!location.startsWith(redirect) || !location.contains("state=" + state)) {
            throw new IOException("authorize: unexpected redirect " + location);
        }
        String code = java.net.URLDecoder.decode(find(CODE, location), StandardCharsets.UTF_8);
        String form = "grant_type=authorization_code&code=" + enc(code) + "&redirect_uri=" + enc(redirect)
                + "&client_id=" + enc(clientId) + "&code_verifier=" + verifier + "&resource=" + enc(resource);
        HttpResponse<String> t = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (t.statusCode() != 200) {
            throw new IOException("token: " + t.statusCode() + " " + t.body());
        }
        return find(ACCESS_TOKEN, t.body());
    }

    /**
     * initialize + notifications/initialized; returns the session id, or null when the server answers without one
     * (a server that serves 2025 clients statelessly).
     */
    String initialize(String mcp, String token) throws Exception {
        HttpResponse<String> r = http.send(mcpRequest(mcp, token, null, null,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"" + PROTOCOL
                        + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}"),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("\"protocolVersion\":\"" + PROTOCOL + "\"")) {
            throw new IOException("initialize: " + r.statusCode() + " " + r.body());
        }
        String session = r.headers().firstValue("Mcp-Session-Id").orElse(null);
        HttpResponse<String> n = http.send(mcpRequest(mcp, token, session, PROTOCOL,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"), HttpResponse.BodyHandlers.ofString());
        if (n.statusCode() / 100 != 2) {
            throw new IOException("notifications/initialized: " + n.statusCode());
        }
        return session;
    }

    /** One 2025-06-18 {@code tools/call} after initialize, in the session when there is one. */
    static boolean toolCall(HttpClient h, String mcp, String token, String session, EchoTool tool, long id,
            String text) throws Exception {
        HttpResponse<String> r = h.send(mcpRequest(mcp, token, session, PROTOCOL,
                "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool.name()
                        + "\",\"arguments\":" + tool.arguments(text) + "}}"), HttpResponse.BodyHandlers.ofString());
        return expect(r.statusCode() == 200 && isToolResult(r.body(), id, tool.answer(text)), r);
    }

    /**
     * One 2026-07-28 {@code tools/call}: the protocol version in the header and in {@code _meta}, the method and tool
     * name mirrored in {@code Mcp-Method} and {@code Mcp-Name}; the answer must be a complete result.
     */
    static boolean statelessToolCall(HttpClient h, String mcp, String token, EchoTool tool, long id, String text)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mcp)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", ACCEPT)
                .header("Authorization", "Bearer " + token).header("MCP-Protocol-Version", STATELESS_PROTOCOL)
                .header("Mcp-Method", "tools/call").header("Mcp-Name", tool.name())
                .POST(HttpRequest.BodyPublishers.ofString(statelessToolCallBody(tool, id, text)))
                .build();
        HttpResponse<String> r = h.send(request, HttpResponse.BodyHandlers.ofString());
        return expect(r.statusCode() == 200 && r.body().contains("\"resultType\":\"complete\"")
                && isToolResult(r.body(), id, tool.answer(text)), r);
    }

    static String statelessToolCallBody(EchoTool tool, long id, String text) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
                + tool.name() + "\",\"arguments\":" + tool.arguments(text) + ",\"_meta\":{"
                + "\"io.modelcontextprotocol/protocolVersion\":\"" + STATELESS_PROTOCOL + "\","
                + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"bench\",\"version\":\"1\"},"
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
    }

    /**
     * True when {@code body} (a JSON answer or a single server-sent event) is the JSON-RPC result of request
     * {@code id} with {@code text} as its text content and no error flag. Matches the compact JSON all three
     * servers write, without a JSON parser in the load generator's hot loop.
     */
    static boolean isToolResult(String body, long id, String text) {
        int idAt = body.indexOf("\"id\":" + id);
        int after = idAt < 0 ? -1 : idAt + ("\"id\":" + id).length();
        return after > 0 && after < body.length() && (body.charAt(after) == ',' || body.charAt(after) == '}')
                && body.contains("\"result\":{") && !body.contains("\"error\":{")
                && body.contains("\"text\":\"" + text + "\"") && !body.contains("\"isError\":true");
    }

    static boolean unauthenticated(HttpClient h, String mcp) throws Exception {
        HttpResponse<String> r = h.send(mcpRequest(mcp, null, null, null,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"" + PROTOCOL
                        + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}"),
                HttpResponse.BodyHandlers.ofString());
        return expect(r.statusCode() == 401 && r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), r);
    }

    /** Throws, with the answer, when it is not the expected one (the load loop counts it as an error). */
    static boolean expect(boolean ok, HttpResponse<String> r) throws IOException {
        if (!ok) {
            String body = r.body() == null ? "" : r.body();
            throw new IOException("unexpected answer " + r.statusCode() + ": " + body.substring(0, Math.min(200, body.length())));
        }
        return true;
    }

    /** A 2025 MCP POST; {@code protocolVersion} is sent after initialization, {@code session} when there is one. */
    static HttpRequest mcpRequest(String mcp, String token, String session, String protocolVersion, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(mcp)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (protocolVersion != null) {
            b.header("MCP-Protocol-Version", protocolVersion);
        }
        if (session != null) {
            b.header("Mcp-Session-Id", session);
        }
        return b.build();
    }

    HttpResponse<String> postJson(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------- utilities

    interface Check {
        boolean ok() throws Exception;
    }

    static void waitFor(Check check, Process p, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(what + " exited with " + p.exitValue());
            }
            try {
                if (check.ok()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(what + " not ready within 60 s");
    }

    /** Deletes a temporary data directory and the log file next to it. */
    static void deleteTree(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolveSibling(dir.getFileName() + ".log"));
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path q : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            }
        }
    }

    static int status(HttpResponse<?> r) {
        return r.statusCode();
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Linux reports process CPU times in /proc in units of USER_HZ, 100 per second on every architecture it runs. */
    static final int CLOCK_TICKS_PER_SECOND = 100;

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /** CPU time (user + system) a process has used, in clock ticks, or -1 when /proc is not readable. */
    static long cpuTicks(long pid) {
        try {
            return cpuTicks(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime from a /proc/<pid>/stat line (fields 14 and 15; the command name may hold spaces). */
    static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Peak resident set size (VmHWM) of a process in kB, or -1 when /proc is not readable. */
    static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through
        }
        return -1;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A free port P whose neighbour P+1 is free too (the v2 peer's authorization server listens there). */
    static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            if (port < 65535) {
                try (ServerSocket next = new ServerSocket(port + 1, 1, java.net.InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IOException("no two neighbouring free ports");
    }

    static String find(Pattern p, String s) throws IOException {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            throw new IOException("no " + p.pattern() + " in " + s);
        }
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (enc(id) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8));
    }

    /** Median of the values (mean of the middle two for an even count); NaN when empty. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

/**
 * Load benchmark: the reference server side by side with the MCP TypeScript SDK's example OAuth server
 * ({@code simpleStreamableHttp --oauth}). Starts both (one at a time), drives four workloads (the last one on the
 * 2026-07-28 wire) for a fixed time and concurrency, measures cold start, and prints a table with the ratio
 * ours/theirs. Run by {@code benchmark/run.sh}.
 */
public final class LoadBenchmark {

    static final String PROTOCOL = "2025-06-18";
    static final String STATELESS_PROTOCOL = "2026-07-28";
    static final String STATELESS_WORKLOAD = "authenticated tools/call, 2026-07-28 (stateless)";
    /** The JVM options README recommends for running the reference server; the benchmark measures that command. */
    static final String RECOMMENDED_SERVER_JAVA_OPTIONS = "-Xmx128m -XX:+UseSerialGC";
    static final double TARGET_THROUGHPUT_RATIO = 2.0;
    static final double TARGET_P99_MS = 20;
    static final double TARGET_PEAK_RSS_MB = 300;
    static final String ACCEPT = "application/json, text/event-stream";
    static final Pattern CLIENT_ID = Pattern.compile("\"client_id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern CLIENT_SECRET = Pattern.compile("\"client_secret\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
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

    /** One workload's result. */
    record Result(String workload, long requests, long errors, double seconds, Histogram micros, long peakRssKb,
            String note) {
        double throughput() {
            return requests / seconds;
        }

        double percentileMs(double p) {
            return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(p) / 1000.0;
        }

        static Result unsupported(String workload, String note) {
            return new Result(workload, 0, 0, 0, new Histogram(3), -1, note);
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

    final int concurrency;
    final Duration warmup;
    final Duration measure;
    final Path serverJar;
    final Path peerDir;
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
                System.err.println("usage: LoadBenchmark [--server-jar=PATH] [--peer-dir=DIR] [--concurrency=64]"
                        + " [--warmup=10] [--duration=20] [--cold-starts=3] [--cds=true] [--server-java-options=\"-Xmx… …\"]");
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
            System.out.printf(Locale.ROOT, "peer cold start %d: %.0f ms%n", i + 1, peerCold.get(i));
        }
        List<Result> ours = runOurs();
        List<Result> theirs = peerDir == null ? null : runPeer();
        printTable(ours, theirs, median(cold), median(cdsCold), median(peerCold));
        printTargets(ours, theirs);
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

    /** Wall time (ms) from launching java -jar to the first successful authenticated tools/call. */
    double coldStart(Path jar, List<String> extraJavaOptions) throws Exception {
        Path data = Files.createTempDirectory("bench-cold-");
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        long t0 = System.nanoTime();
        Process p = startOurs(data, port, jar, extraJavaOptions);
        try {
            return millisToFirstToolCall(t0, p, "reference server", () -> {
                String[] client = registerConfidential(base);
                String token = clientCredentials(base, client[0], client[1]);
                String session = initialize(base + "/mcp", token);
                return toolCall(base + "/mcp", token, session, "echo", "{\"message\":\"hi\"}");
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

    List<Result> runOurs() throws Exception {
        Path data = Files.createTempDirectory("bench-ours-");
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        String mcp = base + "/mcp";
        Process p = startOurs(data, port);
        try {
            waitFor(() -> status(get(base + "/.well-known/oauth-protected-resource/mcp")) == 200, p, "reference server");
            List<Result> results = new ArrayList<>();
            // 1. client credentials grants for self-registered clients (one client per worker)
            String[][] clients = new String[concurrency][];
            for (int i = 0; i < concurrency; i++) {
                clients[i] = registerConfidential(base);
            }
            results.add(load("token: client_credentials", p.pid(), w -> {
                String basic = basic(clients[w][0], clients[w][1]);
                String body = "grant_type=client_credentials&resource=" + enc(mcp);
                return h -> {
                    HttpResponse<String> r = h.send(HttpRequest.newBuilder(URI.create(base + "/token"))
                            .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    return expect(r.statusCode() == 200 && r.body().contains("access_token"), r);
                };
            }));
            // 2. authenticated tools/call, token from the headless code flow with PKCE, one session per worker
            String token = codeFlow(base + "/register", base + "/authorize", base + "/token", mcp);
            results.add(load("authenticated tools/call", p.pid(), w -> {
                String session = initialize(mcp, token);
                return h -> toolCall(h, mcp, token, session, "echo", "{\"message\":\"hello\"}");
            }));
            // 3. unauthenticated, answered 401
            results.add(load("unauthenticated -> 401", p.pid(), w -> h -> unauthenticated(h, mcp)));
            // 4. authenticated tools/call on the stateless 2026-07-28 wire: no initialize, no session
            results.add(load(STATELESS_WORKLOAD, p.pid(), w -> h -> statelessToolCall(h, mcp, token, "echo",
                    "{\"message\":\"hello\"}")));
            return results;
        } finally {
            stop(p);
            deleteTree(data);
        }
    }

    // ---------------------------------------------------------------- peer

    /** The peer's MCP server and its authorization server, in one Node process. */
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
        Files.deleteIfExists(peer.loopback());
        Files.deleteIfExists(peer.log());
    }

    /** Wall time (ms) from launching node to the first successful authenticated tools/call. */
    double peerColdStart() throws Exception {
        long t0 = System.nanoTime();
        Peer peer = startPeer();
        try {
            return millisToFirstToolCall(t0, peer.process(), "TypeScript peer", () -> {
                String token = codeFlow(peer.auth() + "/register", peer.auth() + "/authorize",
                        peer.auth() + "/token", peer.mcp());
                String session = initialize(peer.mcp(), token);
                return toolCall(peer.mcp(), token, session, "greet", "{\"name\":\"hi\"}");
            });
        } finally {
            stop(peer);
        }
    }

    List<Result> runPeer() throws Exception {
        Peer peer = startPeer();
        Process p = peer.process();
        String mcp = peer.mcp();
        String auth = peer.auth();
        String mcpOrigin = mcp.substring(0, mcp.length() - "/mcp".length());
        try {
            waitFor(() -> status(get(auth + "/.well-known/oauth-authorization-server")) == 200
                    && status(get(mcpOrigin + "/.well-known/oauth-protected-resource/mcp")) == 200,
                    p, "TypeScript peer");
            List<Result> results = new ArrayList<>();
            results.add(Result.unsupported("token: client_credentials",
                    "peer: not supported (its authorization server has no client credentials grant)"));
            String token = codeFlow(auth + "/register", auth + "/authorize", auth + "/token", mcp);
            results.add(load("authenticated tools/call", p.pid(), w -> {
                String session = initialize(mcp, token);
                return h -> toolCall(h, mcp, token, session, "greet", "{\"name\":\"hello\"}");
            }));
            results.add(load("unauthenticated -> 401", p.pid(), w -> h -> unauthenticated(h, mcp)));
            results.add(Result.unsupported(STATELESS_WORKLOAD,
                    "peer: not supported (the example of @modelcontextprotocol/sdk 1.x speaks 2025 revisions only)"));
            return results;
        } finally {
            stop(peer);
        }
    }

    // ---------------------------------------------------------------- load loop

    Result load(String name, long pid, CallFactory factory) throws Exception {
        Call[] calls = new Call[concurrency];
        for (int w = 0; w < concurrency; w++) {
            calls[w] = factory.create(w);
        }
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        long measureStart = start + warmup.toNanos();
        long end = measureStart + measure.toNanos();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
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
        Result r = new Result(name, ok, errors, measure.toNanos() / 1e9, all, peakRssKb(pid), "");
        System.out.printf(Locale.ROOT, "  %-28s %9.0f req/s  p50 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  errors %d  peak RSS %d MB%n",
                name, r.throughput(), r.percentileMs(50), r.percentileMs(99), r.percentileMs(99.9), errors,
                r.peakRssKb() / 1024);
        if (firstError.get() != null) {
            System.out.println("    first error (warm-up included): " + firstError.get());
        }
        return r;
    }

    // ---------------------------------------------------------------- protocol helpers

    String[] registerConfidential(String base) throws Exception {
        HttpResponse<String> r = postJson(base + "/register",
                "{\"client_name\":\"bench\",\"grant_types\":[\"client_credentials\"]}");
        if (r.statusCode() != 201) {
            throw new IOException("register: " + r.statusCode() + " " + r.body());
        }
        return new String[] {find(CLIENT_ID, r.body()), find(CLIENT_SECRET, r.body())};
    }

    String clientCredentials(String base, String id, String secret) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/token"))
                .header("Authorization", basic(id, secret)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&resource=" + enc(base + "/mcp")))
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

    /** initialize + notifications/initialized; returns the session id. */
    String initialize(String mcp, String token) throws Exception {
        HttpResponse<String> r = http.send(mcpRequest(mcp, token, null,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"" + PROTOCOL
                        + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}"),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("initialize: " + r.statusCode() + " " + r.body());
        }
        String session = r.headers().firstValue("Mcp-Session-Id").orElseThrow(() -> new IOException("no session id"));
        HttpResponse<String> n = http.send(mcpRequest(mcp, token, session,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"), HttpResponse.BodyHandlers.ofString());
        if (n.statusCode() / 100 != 2) {
            throw new IOException("notifications/initialized: " + n.statusCode());
        }
        return session;
    }

    boolean toolCall(String mcp, String token, String session, String tool, String args) throws Exception {
        return toolCall(http, mcp, token, session, tool, args);
    }

    static boolean toolCall(HttpClient h, String mcp, String token, String session, String tool, String args)
            throws Exception {
        HttpResponse<String> r = h.send(mcpRequest(mcp, token, session,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                        + "\",\"arguments\":" + args + "}}"), HttpResponse.BodyHandlers.ofString());
        return expect(r.statusCode() == 200 && r.body().contains("\"result\"") && !r.body().contains("\"isError\":true"), r);
    }

    /**
     * One 2026-07-28 {@code tools/call}: the protocol version in the header and in {@code _meta}, the method and tool
     * name mirrored in {@code Mcp-Method} and {@code Mcp-Name}.
     */
    static boolean statelessToolCall(HttpClient h, String mcp, String token, String tool, String args)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mcp)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", ACCEPT)
                .header("Authorization", "Bearer " + token).header("MCP-Protocol-Version", STATELESS_PROTOCOL)
                .header("Mcp-Method", "tools/call").header("Mcp-Name", tool)
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\","
                        + "\"params\":{\"name\":\"" + tool + "\",\"arguments\":" + args + ",\"_meta\":{"
                        + "\"io.modelcontextprotocol/protocolVersion\":\"" + STATELESS_PROTOCOL + "\","
                        + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}"))
                .build();
        HttpResponse<String> r = h.send(request, HttpResponse.BodyHandlers.ofString());
        return expect(r.statusCode() == 200 && r.body().contains("\"resultType\":\"complete\"")
                && !r.body().contains("\"isError\":true"), r);
    }

    static boolean unauthenticated(HttpClient h, String mcp) throws Exception {
        HttpResponse<String> r = h.send(mcpRequest(mcp, null, null,
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

    static HttpRequest mcpRequest(String mcp, String token, String session, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(mcp)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (session != null) {
            b.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", PROTOCOL);
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

    // ---------------------------------------------------------------- report

    void printTable(List<Result> ours, List<Result> theirs, double coldMs, double cdsColdMs, double peerColdMs) {
        StringBuilder t = new StringBuilder();
        t.append("\n| Workload | Metric | Reference server (ours) | TypeScript SDK peer (theirs) | Ours/theirs |\n");
        t.append("| --- | --- | ---: | ---: | ---: |\n");
        for (int i = 0; i < ours.size(); i++) {
            Result o = ours.get(i);
            Result p = theirs == null ? Result.unsupported(o.workload(), "peer: not run (no --peer-dir)") : theirs.get(i);
            boolean peerRan = p.note().isEmpty();
            row(t, o.workload(), "throughput (req/s)", o.throughput(), p.throughput(), peerRan, "%.0f", p.note());
            row(t, "", "p50 (ms)", o.percentileMs(50), p.percentileMs(50), peerRan, "%.2f", "");
            row(t, "", "p99 (ms)", o.percentileMs(99), p.percentileMs(99), peerRan, "%.2f", "");
            row(t, "", "p99.9 (ms)", o.percentileMs(99.9), p.percentileMs(99.9), peerRan, "%.2f", "");
            row(t, "", "errors", o.errors(), p.errors(), peerRan, "%.0f", "");
            row(t, "", "peak RSS so far (MB)", o.peakRssKb() / 1024.0, p.peakRssKb() / 1024.0, peerRan, "%.0f", "");
        }
        coldStartRow(t, "cold start", "launch to first authenticated tools/call, median of " + coldStartRuns
                + " (ms)", coldMs, peerColdMs);
        if (!Double.isNaN(cdsColdMs)) {
            coldStartRow(t, "cold start, extracted jar + CDS archive", "the same, median of " + coldStartRuns
                    + " (ms)", cdsColdMs, peerColdMs);
        }
        System.out.println(t);
    }

    /** The targets for the authenticated workload, each with its measured value. */
    static void printTargets(List<Result> ours, List<Result> theirs) {
        int authenticated = 1;
        Result o = ours.get(authenticated);
        double peakRssMb = ours.stream().mapToLong(Result::peakRssKb).max().orElse(0) / 1024.0;
        System.out.println("Targets (authenticated tools/call):");
        if (theirs != null && theirs.get(authenticated).note().isEmpty()) {
            double ratio = o.throughput() / theirs.get(authenticated).throughput();
            target(String.format(Locale.ROOT, "throughput at least %.0fx the peer", TARGET_THROUGHPUT_RATIO),
                    String.format(Locale.ROOT, "%.2fx", ratio), ratio >= TARGET_THROUGHPUT_RATIO);
        } else {
            System.out.println("  throughput ratio: peer not run");
        }
        target(String.format(Locale.ROOT, "p99 under %.0f ms", TARGET_P99_MS),
                String.format(Locale.ROOT, "%.2f ms", o.percentileMs(99)), o.percentileMs(99) < TARGET_P99_MS);
        target(String.format(Locale.ROOT, "peak resident memory under %.0f MB", TARGET_PEAK_RSS_MB),
                String.format(Locale.ROOT, "%.0f MB", peakRssMb), peakRssMb < TARGET_PEAK_RSS_MB);
        target("no errors", Long.toString(o.errors()), o.errors() == 0);
    }

    static void target(String what, String measured, boolean met) {
        System.out.printf(Locale.ROOT, "  %-40s %-12s %s%n", what, measured, met ? "met" : "NOT MET");
    }

    static void coldStartRow(StringBuilder t, String workload, String metric, double oursMs, double peerMs) {
        boolean peerRan = !Double.isNaN(peerMs);
        t.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %s | %s |%n", workload, metric, oursMs,
                peerRan ? String.format(Locale.ROOT, "%.0f", peerMs) : "not run",
                peerRan ? String.format(Locale.ROOT, "%.2f", oursMs / peerMs) : ""));
    }

    static void row(StringBuilder t, String workload, String metric, double ours, double theirs, boolean peerRan,
            String fmt, String note) {
        String o = String.format(Locale.ROOT, fmt, ours);
        String p = peerRan ? String.format(Locale.ROOT, fmt, theirs) : (note.isEmpty() ? "" : note.replace("peer: ", ""));
        String ratio = peerRan && theirs > 0 ? String.format(Locale.ROOT, "%.2f", ours / theirs) : "";
        t.append("| ").append(workload).append(" | ").append(metric).append(" | ").append(o).append(" | ").append(p)
                .append(" | ").append(ratio).append(" |\n");
    }
}

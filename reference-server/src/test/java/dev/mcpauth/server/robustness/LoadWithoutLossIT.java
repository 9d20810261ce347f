package dev.mcpauth.server.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import dev.mcpauth.server.support.ReferenceServerIT;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Concurrent clients for a fixed time, each doing over and over what an MCP client does: register, get an access
 * token for this resource, open an MCP session, call {@code echo}, sometimes renew its token or go through the
 * authorization code flow and a refresh, and end the session. Every answer must be exactly the expected one (no 5xx,
 * no wrong echo, no connection error), and the heap the server retains must not keep growing. The server closes each
 * connection after 100 requests here (Tomcat's default rather than the server's 10,000), so every client has its
 * connections recycled several times a run and must not lose a request to that. All clients come from
 * one address, so they rely on the registration limit that {@link ReferenceServerIT} raises for every test (this
 * one registers a few thousand clients a minute). {@code -Dload.seconds=N} and {@code -Dload.clients=N} change the
 * defaults of 24 s and 16 clients.
 */
@TestPropertySource(properties = "server.tomcat.max-keep-alive-requests=100")
class LoadWithoutLossIT extends ReferenceServerIT {

    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("load.seconds", 24));
    private static final int CLIENTS = Integer.getInteger("load.clients", 16);
    /** Fixed by default so a failing request sequence can be replayed; {@code -Dload.seed=N} tries others. */
    private static final long SEED = Long.getLong("load.seed", 20261126L);
    /**
     * The retained heap (used heap after full collections, with no request in flight) may grow from the start of the
     * second third to the end by a fixed allowance plus a budget per completed client cycle. The first third warms up
     * (JIT, pools, lazily built parts). After it, a server without a leak keeps from each cycle only what it must or
     * means to: the registered client (registrations are never deleted), the cycle's one or two access tokens in the
     * verifier's cache of verified tokens (bounded), and in user cycles two refresh-token entries; measured here at
     * about 4 KB per cycle. 8 KB per cycle and 8 MB for what the container and the collector keep by chance leave
     * room for that, while a few kilobytes kept per request (an answer, a token, a buffer) exceed the budget after
     * some hundred cycles.
     */
    private static final long FIXED_HEAP_ALLOWANCE = 8L << 20;
    private static final long HEAP_ALLOWANCE_PER_CYCLE = 8L << 10;
    private static final int REPORTED_FAILURES = 10;
    private static final String PROTOCOL_VERSION = "2025-06-18";
    private static final String REDIRECT_URI = "http://127.0.0.1/callback";
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Queue<String> firstFailures = new ConcurrentLinkedQueue<>();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong exchanges = new AtomicLong();
    private final AtomicLong cycles = new AtomicLong();
    private final List<AtomicLong> cyclesPerClient = new ArrayList<>();
    /** Clients hold it for reading during a cycle; the heap is measured under the write lock, with no request open. */
    private final ReadWriteLock quietForMeasurement = new ReentrantReadWriteLock(true);

    @Test
    void concurrentClientsGetEveryAnswerRightAndTheServerRetainsNoGrowingHeap() throws Exception {
        long start = System.nanoTime();
        long stopAt = start + LOAD.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int number = 1; number <= CLIENTS; number++) {
            SimulatedClient client = new SimulatedClient(number);
            cyclesPerClient.add(client.completedCycles);
            running.add(pool.submit(() -> client.runUntil(stopAt)));
        }
        HeapSample secondThird;
        try {
            TimeUnit.NANOSECONDS.sleep(LOAD.toNanos() / 3);
            secondThird = retainedHeapWhileQuiet();
            for (Future<?> client : running) {
                client.get(LOAD.toSeconds() + 60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("the simulated clients stop").isTrue();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        HeapSample end = retainedHeapWhileQuiet();
        long growth = end.usedBytes() - secondThird.usedBytes();
        long measuredCycles = end.cycles() - secondThird.cycles();

        System.out.printf("load without loss: %d clients, %.1f s, %d cycles, %d exchanges (%.0f/s), %d failures; "
                        + "retained heap %d KB at the second third, %d KB at the end (%+d bytes per cycle)%n",
                CLIENTS, seconds, cycles.get(), exchanges.get(), exchanges.get() / seconds, failures.get(),
                secondThird.usedBytes() >> 10, end.usedBytes() >> 10, growth / Math.max(1, measuredCycles));
        assertThat(failures.get()).as("%d of %d exchanges went wrong (-Dload.seed=%d); the first ones:%n%s",
                failures.get(), exchanges.get(), SEED, String.join("\n", firstFailures)).isZero();
        assertThat(cyclesPerClient).as("completed cycles of each client (both kinds and a renewal need 4)")
                .allSatisfy(completed -> assertThat(completed.get()).isGreaterThanOrEqualTo(4));
        assertThat(growth).as("growth of the retained heap in bytes over %d cycles, from %d KB to %d KB",
                        measuredCycles, secondThird.usedBytes() >> 10, end.usedBytes() >> 10)
                .isLessThan(FIXED_HEAP_ALLOWANCE + measuredCycles * HEAP_ALLOWANCE_PER_CYCLE);
    }

    private record HeapSample(long usedBytes, long cycles) {
    }

    /** Heap still in use after full collections, taken between cycles so no request's garbage is in flight. */
    private HeapSample retainedHeapWhileQuiet() throws InterruptedException {
        quietForMeasurement.writeLock().lock();
        try {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            for (int collection = 0; collection < 3; collection++) {
                memory.gc();
                Thread.sleep(50);
            }
            return new HeapSample(memory.getHeapMemoryUsage().getUsed(), cycles.get());
        } finally {
            quietForMeasurement.writeLock().unlock();
        }
    }

    /** An exchange whose answer was not the expected one; ends the client's current cycle. */
    private static final class WrongAnswer extends Exception {
        WrongAnswer(String message) {
            super(message, null, false, false);
        }
    }

    /** One client with its own HTTP connections (kept alive between requests, as real clients keep them). */
    private final class SimulatedClient {

        private final int number;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final AtomicLong completedCycles = new AtomicLong();
        private final Random random;
        private int cycle;
        private int sent;
        private int nextRequestId = 1;

        SimulatedClient(int number) {
            this.number = number;
            this.random = new Random(SEED + number);
        }

        void runUntil(long stopAt) {
            while (System.nanoTime() < stopAt && !Thread.currentThread().isInterrupted()) {
                cycle++;
                quietForMeasurement.readLock().lock();
                try {
                    if (cycle % 4 == 0) {
                        userCycle();
                    } else {
                        clientCredentialsCycle();
                    }
                    cycles.incrementAndGet();
                    completedCycles.incrementAndGet();
                } catch (WrongAnswer e) {
                    recordFailure(e.getMessage());
                } catch (IOException e) {
                    recordFailure("connection error: " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    quietForMeasurement.readLock().unlock();
                }
            }
        }

        /** A confidential client acting for itself; every other cycle it renews its token mid-session. */
        private void clientCredentialsCycle() throws IOException, InterruptedException, WrongAnswer {
            JsonNode registration = json(send("register", postJson("/register",
                    JSON.writeValueAsString(Map.of("client_name", "load client " + number,
                            "grant_types", List.of("client_credentials"),
                            "token_endpoint_auth_method", "client_secret_basic"))), 201));
            String basic = "Basic " + Base64.getEncoder().encodeToString((form(text(registration, "client_id"))
                    + ":" + form(text(registration, "client_secret"))).getBytes(StandardCharsets.UTF_8));
            String clientCredentials = "grant_type=client_credentials&resource=" + form(server.resource());
            String token = accessToken(send("client_credentials token",
                    postForm("/token", basic, clientCredentials), 200));
            String session = openSession(token);
            echoSeveralTimes(token, session);
            if (cycle % 2 == 0) {
                token = accessToken(send("renewed client_credentials token",
                        postForm("/token", basic, clientCredentials), 200));
                echo(token, session);
            }
            endSession(token, session);
        }

        /** A public client through the authorization code flow with PKCE, then a refresh-token rotation. */
        private void userCycle() throws IOException, InterruptedException, WrongAnswer {
            String clientId = text(json(send("register public client", postJson("/register",
                    JSON.writeValueAsString(Map.of("client_name", "load app " + number,
                            "grant_types", List.of("authorization_code", "refresh_token"),
                            "response_types", List.of("code"), "token_endpoint_auth_method", "none",
                            "redirect_uris", List.of(REDIRECT_URI)))), 201)), "client_id");
            CodeVerifier verifier = new CodeVerifier();
            String authorize = "/authorize?response_type=code&client_id=" + form(clientId)
                    + "&redirect_uri=" + form(REDIRECT_URI) + "&state=s" + cycle + "&scope=mcp%3Atools"
                    + "&code_challenge=" + CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue()
                    + "&code_challenge_method=S256&resource=" + form(server.resource());
            HttpResponse<String> redirect = send("authorize", request(authorize).GET().build(), 302);
            String location = redirect.headers().firstValue("Location").orElse("");
            Matcher code = CODE.matcher(location);
            if (!location.startsWith(REDIRECT_URI + "?") || !code.find()) {
                throw wrong("authorize", "a redirect to " + REDIRECT_URI + " with a code, got Location " + location);
            }
            JsonNode tokens = json(send("authorization_code token", postForm("/token", null,
                    "grant_type=authorization_code&code=" + code.group(1) + "&redirect_uri=" + form(REDIRECT_URI)
                            + "&client_id=" + form(clientId) + "&code_verifier=" + verifier.getValue()
                            + "&resource=" + form(server.resource())), 200));
            String session = openSession(text(tokens, "access_token"));
            echoSeveralTimes(text(tokens, "access_token"), session);
            JsonNode refreshed = json(send("refresh", postForm("/token", null, "grant_type=refresh_token&refresh_token="
                    + form(text(tokens, "refresh_token")) + "&client_id=" + form(clientId)
                    + "&resource=" + form(server.resource())), 200));
            if (text(refreshed, "refresh_token").equals(text(tokens, "refresh_token"))) {
                throw wrong("refresh", "a new refresh token (rotation), got the old one back");
            }
            echo(text(refreshed, "access_token"), session);
            endSession(text(refreshed, "access_token"), session);
        }

        private String openSession(String token) throws IOException, InterruptedException, WrongAnswer {
            HttpResponse<String> initialize = send("initialize", mcp(token, null, jsonRpcRequest("initialize",
                    Map.of("protocolVersion", PROTOCOL_VERSION, "capabilities", Map.of(),
                            "clientInfo", Map.of("name", "load client " + number, "version", "1")))), 200);
            String session = initialize.headers().firstValue("Mcp-Session-Id")
                    .orElseThrow(() -> wrong("initialize", "an Mcp-Session-Id header, got none"));
            if (!PROTOCOL_VERSION.equals(jsonRpcResult(initialize).path("protocolVersion").asString(""))) {
                throw wrong("initialize", "protocolVersion " + PROTOCOL_VERSION + ", got " + initialize.body());
            }
            send("notifications/initialized", mcp(token, session,
                    JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "method", "notifications/initialized"))), 202);
            return session;
        }

        /** One to three calls, so that every kind of request is at times the last a kept-alive connection serves. */
        private void echoSeveralTimes(String token, String session) throws IOException, InterruptedException,
                WrongAnswer {
            for (int call = random.nextInt(3); call >= 0; call--) {
                echo(token, session);
            }
        }

        private void echo(String token, String session) throws IOException, InterruptedException, WrongAnswer {
            String message = "client " + number + " cycle " + cycle + " " + UUID.randomUUID();
            HttpResponse<String> response = send("tools/call echo", mcp(token, session,
                    jsonRpcRequest("tools/call", Map.of("name", "echo", "arguments", Map.of("message", message)))),
                    200);
            JsonNode result = jsonRpcResult(response);
            String echoed = result.path("content").path(0).path("text").asString(null);
            if (!message.equals(echoed) || result.path("isError").asBoolean(false)) {
                throw wrong("tools/call echo", "the text \"" + message + "\" back, got " + response.body());
            }
        }

        private void endSession(String token, String session) throws IOException, InterruptedException,
                WrongAnswer {
            send("end session", request("/mcp").header("Authorization", "Bearer " + token)
                    .header("Mcp-Session-Id", session).header("MCP-Protocol-Version", PROTOCOL_VERSION)
                    .DELETE().build(), 200);
        }

        private HttpResponse<String> send(String what, HttpRequest request, int expectedStatus)
                throws IOException, InterruptedException, WrongAnswer {
            exchanges.incrementAndGet();
            sent++;
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IOException(what + " (" + request.method() + " " + request.uri().getPath() + "): " + e, e);
            }
            if (response.statusCode() != expectedStatus) {
                String body = response.body();
                throw wrong(what, "HTTP " + expectedStatus + ", got " + response.statusCode() + ": "
                        + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
            }
            return response;
        }

        private HttpRequest postJson(String path, String json) {
            return request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }

        /** A form POST, with client authentication when {@code authorization} is not null. */
        private HttpRequest postForm(String path, String authorization, String form) {
            HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            return builder.build();
        }

        private HttpRequest mcp(String token, String session, String jsonRpc) {
            HttpRequest.Builder builder = request("/mcp").header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(jsonRpc));
            if (session != null) {
                builder.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", PROTOCOL_VERSION);
            }
            return builder.build();
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10));
        }

        private String jsonRpcRequest(String method, Map<String, ?> params) {
            return JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", nextRequestId++, "method", method,
                    "params", params));
        }

        /** The result of a JSON-RPC response that came as JSON or as the last event of an SSE stream. */
        private JsonNode jsonRpcResult(HttpResponse<String> response) throws WrongAnswer {
            String body = response.body();
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                body = body.lines().filter(line -> line.startsWith("data:")).reduce((first, last) -> last)
                        .map(line -> line.substring(5).trim()).orElse("");
            }
            JsonNode result;
            try {
                result = JSON.readTree(body).path("result");
            } catch (RuntimeException e) {
                throw wrong("JSON-RPC response", "JSON, got " + body);
            }
            if (!result.isObject()) {
                throw wrong("JSON-RPC response", "a result, got " + body);
            }
            return result;
        }

        private JsonNode json(HttpResponse<String> response) throws WrongAnswer {
            try {
                return JSON.readTree(response.body());
            } catch (RuntimeException e) {
                throw wrong(response.request().uri().getPath(), "JSON, got " + response.body());
            }
        }

        private String text(JsonNode json, String field) throws WrongAnswer {
            String value = json.path(field).asString("");
            if (value.isEmpty()) {
                throw wrong("answer", "a non-empty " + field + ", got " + json);
            }
            return value;
        }

        private String accessToken(HttpResponse<String> response) throws WrongAnswer {
            return text(json(response), "access_token");
        }

        private WrongAnswer wrong(String what, String expectation) {
            return new WrongAnswer(what + ": expected " + expectation);
        }

        private void recordFailure(String failure) {
            if (failures.incrementAndGet() <= REPORTED_FAILURES) {
                firstFailures.add("client " + number + ", cycle " + cycle + ", request " + sent + ": " + failure);
            }
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

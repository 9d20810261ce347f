package dev.mcpauth.server.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.mcpauth.server.http.Json;

/**
 * The web host of a client's metadata documents (CIMD), on a random 127.0.0.1 port: over https with a certificate
 * made for this run (keytool), or over plain http. Tests put documents or other answers at paths and count the
 * fetches per path.
 */
public final class MetadataDocumentHost implements AutoCloseable {

    /** What one path answers. */
    public record Answer(int status, Map<String, String> headers, byte[] body, boolean chunked) {
    }

    private final HttpServer server;
    private final String scheme;
    private final Path certificatePem;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private MetadataDocumentHost(HttpServer server, String scheme, Path certificatePem) {
        this.server = server;
        this.scheme = scheme;
        this.certificatePem = certificatePem;
        server.createContext("/", this::answer);
        server.start();
    }

    /** A host serving https with a self-signed certificate for 127.0.0.1; see {@link #certificatePem()}. */
    public static MetadataDocumentHost https() {
        try {
            Path directory = ReferenceServerIT.newDataDirectory();
            char[] password = new char[24];
            SecureRandom random = new SecureRandom();
            for (int i = 0; i < password.length; i++) {
                password[i] = (char) ('a' + random.nextInt(26));
            }
            Path keyStore = directory.resolve("host.p12");
            Path pem = directory.resolve("host.pem");
            keytool("-genkeypair", "-alias", "host", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", new String(password));
            keytool("-exportcert", "-rfc", "-alias", "host", "-keystore", keyStore.toString(),
                    "-storepass", new String(password), "-file", pem.toString());
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(keyStore)) {
                store.load(in, password);
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new MetadataDocumentHost(server, "https", pem);
        } catch (IOException | java.security.GeneralSecurityException | InterruptedException e) {
            throw new IllegalStateException("cannot start the https document host", e);
        }
    }

    /** A host serving plain http, usable only through the allow-list's http option. */
    public static MetadataDocumentHost http() {
        try {
            return new MetadataDocumentHost(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0), "http",
                    null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the http document host", e);
        }
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }

    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return scheme + "://" + hostPort() + path;
    }

    public Path certificatePem() {
        return certificatePem;
    }

    /** A valid document for a public client whose ID is the URL of {@code path}. */
    public Map<String, Object> document(String path, String redirectUri) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("client_id", url(path));
        document.put("client_name", "Example MCP Client");
        document.put("redirect_uris", List.of(redirectUri));
        document.put("grant_types", List.of("authorization_code", "refresh_token"));
        document.put("response_types", List.of("code"));
        document.put("token_endpoint_auth_method", "none");
        return document;
    }

    /** Serves {@code document} as JSON at {@code path}; answers the document's URL. */
    public String serve(String path, Map<String, ?> document, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", "application/json");
        answer(path, new Answer(200, all, Json.write(document).getBytes(StandardCharsets.UTF_8), false));
        return url(path);
    }

    public String serve(String path, Map<String, ?> document) {
        return serve(path, document, Map.of());
    }

    public void answer(String path, Answer answer) {
        answers.put(path, answer);
    }

    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        hits.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        Answer answer = answers.getOrDefault(path, new Answer(404, Map.of(), new byte[0], false));
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1
                : answer.chunked() ? 0 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        } catch (IOException e) {
            // the server under test may hang up once it has read enough
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

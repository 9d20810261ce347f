package dev.mcpauth.benchmark.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import dev.mcpauth.server.config.ReferenceServerProperties;
import dev.mcpauth.server.config.ServerUrls;
import dev.mcpauth.server.registration.RegisteredClient;
import dev.mcpauth.server.resource.AccessTokenVerifier;
import dev.mcpauth.server.resource.AuthenticatedCaller;
import dev.mcpauth.server.resource.InvalidTokenException;
import dev.mcpauth.server.store.ClientStore;
import dev.mcpauth.server.store.DataDirectory;
import dev.mcpauth.server.store.RevokedAccessTokens;
import dev.mcpauth.server.store.SigningKeyStore;
import dev.mcpauth.server.token.AccessTokenIssuer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The floor that cryptography puts under the token endpoint and the bearer gate of the reference server, in three
 * layers, each signing or verifying the same ES256 access token:
 * <ol>
 *   <li>the server's own {@link AccessTokenIssuer} and {@link AccessTokenVerifier} (built without a Spring context,
 *       on a temporary data directory): claims, JOSE header, signature and serialisation; for a token the verifier
 *       has not seen, parsing, signature, {@code typ}, issuer, audience, validity, client and revocation checks; for
 *       a token it has verified before (its cache of verified tokens), the client and revocation checks;</li>
 *   <li>Nimbus's ES256 signer and verifier alone, over the token's signing input;</li>
 *   <li>the JDK's ECDSA P-256 with SHA-256 ({@code SHA256withECDSA}), the lowest floor.</li>
 * </ol>
 * The defaults below are short on purpose (a floor, not a study); JMH options on {@code benchmark/jmh.sh} override
 * them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class AccessTokenCryptoBenchmark {

    /** Only written into the claims: nothing listens here. */
    private static final String PUBLIC_URL = "http://127.0.0.1:8080";
    private static final String CLIENT_ID = "jmh-client";
    private static final com.nimbusds.oauth2.sdk.Scope SCOPE = new com.nimbusds.oauth2.sdk.Scope("mcp:tools");
    private static final String JCA_ALGORITHM = "SHA256withECDSA";

    private Path dataDirectoryPath;
    private DataDirectory dataDirectory;
    private AccessTokenIssuer issuer;
    private AccessTokenVerifier verifier;
    private String resource;
    private String accessToken;

    private ECDSASigner nimbusSigner;
    private ECDSAVerifier nimbusVerifier;
    private JWSHeader header;
    private byte[] signingInput;
    private Base64URL jwsSignature;

    private ECPrivateKey privateKey;
    private ECPublicKey publicKey;
    private byte[] derSignature;

    @Setup
    public void buildServerParts() throws Exception {
        dataDirectoryPath = Files.createTempDirectory("mcpauth-jmh-");
        // bound like the server binds them, so every other setting keeps the server's default
        ReferenceServerProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "mcpauth.public-url", PUBLIC_URL,
                "mcpauth.data-dir", dataDirectoryPath.toString(),
                // long enough that the token issued here is still valid however long a run is configured
                "mcpauth.access-token-ttl", "1d")))
                .bindOrCreate("mcpauth", ReferenceServerProperties.class);
        dataDirectory = new DataDirectory(properties);
        SigningKeyStore keys = new SigningKeyStore(dataDirectory);
        ServerUrls urls = new ServerUrls(properties, new StandardEnvironment());
        ClientStore clients = new ClientStore(dataDirectory);
        clients.save(new RegisteredClient(CLIENT_ID, null, System.currentTimeMillis() / 1000,
                Map.of("grant_types", List.of("client_credentials"))));
        issuer = new AccessTokenIssuer(keys, urls, properties);
        verifier = new AccessTokenVerifier(keys, urls, clients, new RevokedAccessTokens(dataDirectory));
        resource = urls.resource();
        accessToken = serverIssuesAccessToken().getValue();
        serverVerifiesKnownAccessToken();

        ECKey key = keys.signingKey().toECKey();
        SignedJWT jwt = SignedJWT.parse(accessToken);
        header = jwt.getHeader();
        signingInput = jwt.getSigningInput();
        jwsSignature = jwt.getSignature();
        nimbusSigner = new ECDSASigner(key);
        nimbusVerifier = new ECDSAVerifier(key.toPublicJWK());
        privateKey = key.toECPrivateKey();
        publicKey = key.toECPublicKey();
        Signature jcaSigner = Signature.getInstance(JCA_ALGORITHM);
        jcaSigner.initSign(privateKey);
        jcaSigner.update(signingInput);
        derSignature = jcaSigner.sign();
        requireTrue(nimbusVerifiesEs256(), "Nimbus verifies the server's token");
        Signature jcaVerifier = Signature.getInstance(JCA_ALGORITHM);
        jcaVerifier.initVerify(publicKey);
        jcaVerifier.update(signingInput);
        requireTrue(jcaVerifier.verify(derSignature), "the JDK verifies its own signature");
    }

    @TearDown
    public void deleteDataDirectory() throws IOException {
        dataDirectory.close();
        try (Stream<Path> files = Files.walk(dataDirectoryPath)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** One {@link Signature} pair per benchmark thread: JCA signature objects are not thread-safe. */
    @State(Scope.Thread)
    public static class JcaSignatures {
        Signature signer;
        Signature verifier;

        @Setup
        public void initialise(AccessTokenCryptoBenchmark benchmark) throws GeneralSecurityException {
            signer = Signature.getInstance(JCA_ALGORITHM);
            signer.initSign(benchmark.privateKey);
            verifier = Signature.getInstance(JCA_ALGORITHM);
            verifier.initVerify(benchmark.publicKey);
        }
    }

    @Benchmark
    public BearerAccessToken serverIssuesAccessToken() {
        return issuer.issue(CLIENT_ID, CLIENT_ID, SCOPE, resource);
    }

    /** A token the verifier has never seen: issued before each call, outside the measured time. */
    @State(Scope.Thread)
    public static class UnseenToken {
        String value;

        @Setup(Level.Invocation)
        public void issue(AccessTokenCryptoBenchmark benchmark) {
            value = benchmark.serverIssuesAccessToken().getValue();
        }
    }

    /** What a client's first request with a new token costs the bearer gate. */
    @Benchmark
    public AuthenticatedCaller serverVerifiesUnseenAccessToken(UnseenToken token) throws InvalidTokenException {
        return verifier.verify(token.value);
    }

    /** What each further request with the same token costs: the verifier remembers the token verified at set-up. */
    @Benchmark
    public AuthenticatedCaller serverVerifiesKnownAccessToken() throws InvalidTokenException {
        return verifier.verify(accessToken);
    }

    @Benchmark
    public Base64URL nimbusSignsEs256() throws JOSEException {
        return nimbusSigner.sign(header, signingInput);
    }

    @Benchmark
    public boolean nimbusVerifiesEs256() throws JOSEException {
        return nimbusVerifier.verify(header, signingInput, jwsSignature);
    }

    @Benchmark
    public byte[] jcaSignsEcdsaP256(JcaSignatures signatures) throws GeneralSecurityException {
        signatures.signer.update(signingInput);
        return signatures.signer.sign();
    }

    @Benchmark
    public boolean jcaVerifiesEcdsaP256(JcaSignatures signatures) throws GeneralSecurityException {
        signatures.verifier.update(signingInput);
        return signatures.verifier.verify(derSignature);
    }

    private static void requireTrue(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("set-up check failed: " + what);
        }
    }
}

package dev.mcpauth.conformance.revision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpauth.conformance.client.ClientRun;
import dev.mcpauth.conformance.client.ClientUnderTest;
import dev.mcpauth.conformance.client.SentRequest;
import dev.mcpauth.conformance.client.StubDeployment;
import dev.mcpauth.conformance.client.ClientJournal;
import dev.mcpauth.conformance.mcp.Revision;

/**
 * The revision a client under test speaks, from what it sends first: the client runs once against a conformant
 * dual-era deployment, and its first MCP request that names a protocol version (the {@code MCP-Protocol-Version}
 * header, else the version an {@code initialize} asks for) tells the revision. A client that opens with
 * 2026-07-28 is a 2026-07-28 client, whatever it falls back to.
 */
public final class ClientRevisionDetection {

    private static final Pattern REQUESTED_VERSION = Pattern.compile("\"protocolVersion\"\\s*:\\s*\"([^\"]+)\"");

    private ClientRevisionDetection() {
    }

    public static Optional<Revision> detect(ClientUnderTest client) {
        Path work;
        try {
            work = Files.createTempDirectory("client-revision-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (StubDeployment stubs = StubDeployment.conformant(true)) {
            client.run(new ClientRun("revision-detection", stubs.serverUrl(), Optional.empty(), Optional.empty(),
                    Optional.empty(), work, ClientUnderTest.timeout()));
            return ClientJournal.of(stubs).mcpRequests().stream().filter(r -> r.method().equals("POST"))
                    .map(ClientRevisionDetection::namedVersion).flatMap(Optional::stream).findFirst()
                    .flatMap(Revision::fromLabel);
        }
    }

    private static Optional<String> namedVersion(SentRequest request) {
        Optional<String> header = request.header("MCP-Protocol-Version");
        if (header.isPresent()) {
            return header;
        }
        if (request.jsonRpcMethod().filter("initialize"::equals).isEmpty() || request.body() == null) {
            return Optional.empty();
        }
        Matcher matcher = REQUESTED_VERSION.matcher(request.body());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}

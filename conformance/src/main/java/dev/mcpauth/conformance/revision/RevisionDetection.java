package dev.mcpauth.conformance.revision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.mcpauth.conformance.mcp.McpAnswers;
import dev.mcpauth.conformance.mcp.McpCall;
import dev.mcpauth.conformance.mcp.McpRequests;
import dev.mcpauth.conformance.mcp.Revision;
import dev.mcpauth.conformance.mcp.SessionWire;
import dev.mcpauth.conformance.mcp.StatelessWire;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;

/**
 * Finds the revisions a server speaks, with the harness's token (a 401 says nothing about the revision): 2026-07-28
 * by {@code server/discover} or by the {@code data.supported} list of an unsupported-version error, 2025 revisions
 * by {@code initialize} negotiation (the server echoes a version it speaks).
 */
public final class RevisionDetection {

    /** A version no server speaks, to draw the unsupported-version error and its list. */
    public static final String UNKNOWN_VERSION = "1900-01-01";

    private static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    private final ConformanceWorld world;
    private final String token;

    private RevisionDetection(ConformanceWorld world, String token) {
        this.world = world;
        this.token = token;
    }

    /** The revisions the world's target speaks; every revision, with the reason, when none could be told. */
    public static DetectedRevisions detect(ConformanceWorld world) {
        String token;
        try {
            token = world.token().value();
        } catch (RuntimeException noToken) {
            return new DetectedRevisions(List.of(Revision.values()), "auto: no access token to ask the server with ("
                    + noToken.getMessage() + "), so every revision is tested");
        }
        return new RevisionDetection(world, token).detect();
    }

    private DetectedRevisions detect() {
        Set<Revision> found = EnumSet.noneOf(Revision.class);
        List<String> how = new ArrayList<>();
        modern(found, how);
        List<Revision> agreed = new ArrayList<>();
        for (Revision legacy : List.of(Revision.V2025_11_25, Revision.V2025_06_18)) {
            if (initializeAgreesOn(legacy)) {
                agreed.add(legacy);
            }
        }
        if (!agreed.isEmpty()) {
            found.addAll(agreed);
            how.add("initialize agreed on " + String.join(" and ", agreed.stream().map(Revision::label).toList()));
        }
        if (found.isEmpty()) {
            return new DetectedRevisions(List.of(Revision.values()), "auto: neither server/discover, an "
                    + "unsupported-version error nor initialize named a revision, so every revision is tested");
        }
        return new DetectedRevisions(List.copyOf(found), "auto: " + String.join("; ", how));
    }

    private void modern(Set<Revision> found, List<String> how) {
        StatelessWire wire = new StatelessWire(world);
        Map<String, Object> discovered = firstMessage(wire.send(McpCall.discover(), token));
        List<Revision> listed = known(path(discovered, "result", "supportedVersions"));
        if (!listed.isEmpty()) {
            found.addAll(listed);
            how.add("server/discover lists " + labels(listed));
            return;
        }
        Response probe = McpRequests.authorized(wire.prepare(McpCall.discover()), token)
                .header(McpRequests.VERSION_HEADER, UNKNOWN_VERSION)
                .body(wire.body(McpCall.discover(), UNKNOWN_VERSION)).post(world.target().mcpUrl());
        Map<String, Object> refusal = firstMessage(probe);
        Object code = path(refusal, "error", "code");
        List<Revision> supported = known(path(refusal, "error", "data", "supported"));
        if (code instanceof Number number && number.intValue() == UNSUPPORTED_PROTOCOL_VERSION
                && !supported.isEmpty()) {
            found.addAll(supported);
            how.add("the unsupported-version error lists " + labels(supported));
        }
    }

    private boolean initializeAgreesOn(Revision revision) {
        Response answer = new SessionWire(world, revision).send(McpCall.initialize(revision.label()), token);
        return answer.statusCode() == 200
                && revision.label().equals(path(firstMessage(answer), "result", "protocolVersion"));
    }

    private static Map<String, Object> firstMessage(Response response) {
        try {
            List<Map<String, Object>> messages = McpAnswers.messages(response);
            return messages.isEmpty() ? Map.of() : messages.get(messages.size() - 1);
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> message, String... names) {
        Object current = message;
        for (String name : names) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(name);
        }
        return current;
    }

    private static List<Revision> known(Object versions) {
        if (!(versions instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast).map(Revision::fromLabel)
                .flatMap(Optional::stream).sorted().toList();
    }

    private static String labels(List<Revision> revisions) {
        return String.join(", ", revisions.stream().map(Revision::label).toList());
    }
}

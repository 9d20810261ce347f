package dev.mcpauth.conformance.mcp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.mcpauth.conformance.world.ConformanceWorld;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The wire of 2026-07-28: no initialize and no session; every request states its protocol version, client
 * capabilities and client identity in {@code params._meta} and mirrors its method (and the tool, resource or prompt
 * it names) into the {@code Mcp-Method} and {@code Mcp-Name} headers.
 */
public final class StatelessWire implements McpWire {

    public static final String METHOD_HEADER = "Mcp-Method";
    public static final String NAME_HEADER = "Mcp-Name";
    public static final String META_PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
    public static final String META_CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
    public static final String META_CLIENT_INFO = "io.modelcontextprotocol/clientInfo";

    private static final Set<String> NAMED_METHODS = Set.of("tools/call", "resources/read", "prompts/get");

    private final ConformanceWorld world;
    private final Revision revision = Revision.V2026_07_28;

    public StatelessWire(ConformanceWorld world) {
        this.world = world;
    }

    @Override
    public Revision revision() {
        return revision;
    }

    @Override
    public McpCall call(McpMessage message) {
        return switch (message) {
            case FIRST_REQUEST, TOOLS_LIST -> McpCall.toolsList();
            case PING -> McpCall.ping();
            case INITIALIZE, INITIALIZED -> throw new IllegalStateException(revision + " has no " + message.phrase()
                    + "; a scenario that sends one belongs to 2025 and needs a requirement or tag saying so");
        };
    }

    @Override
    public String body(McpCall call) {
        return body(call, revision.label());
    }

    /** The body with {@code _meta} stating {@code metaVersion} as the protocol version. */
    public String body(McpCall call, String metaVersion) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put(META_PROTOCOL_VERSION, metaVersion);
        meta.put(META_CLIENT_CAPABILITIES, Map.of());
        meta.put(META_CLIENT_INFO, McpCall.clientInfo());
        return bodyWithMeta(call, meta);
    }

    /** The body with exactly this {@code _meta} (a check may leave out a member the spec requires). */
    public String bodyWithMeta(McpCall call, Map<String, Object> meta) {
        Map<String, Object> params = new LinkedHashMap<>(call.params() == null ? Map.of() : call.params());
        params.put("_meta", meta);
        return JSONObjectUtils.toJSONString(call.jsonRpc(params));
    }

    @Override
    public RequestSpecification prepare(McpCall call) {
        RequestSpecification request = world.request().contentType("application/json").accept(McpRequests.ACCEPT)
                .header(McpRequests.VERSION_HEADER, revision.label()).header(METHOD_HEADER, call.method())
                .body(body(call));
        return NAMED_METHODS.contains(call.method()) && call.name() != null
                ? request.header(NAME_HEADER, call.name()) : request;
    }

    /** The POST of {@link #prepare} without one of its protocol headers. */
    public RequestSpecification prepareWithout(McpCall call, String header) {
        RequestSpecification request = world.request().contentType("application/json").accept(McpRequests.ACCEPT)
                .body(body(call));
        for (String name : new String[] {McpRequests.VERSION_HEADER, METHOD_HEADER, NAME_HEADER}) {
            boolean applies = !name.equals(NAME_HEADER) || NAMED_METHODS.contains(call.method()) && call.name() != null;
            if (applies && !name.equalsIgnoreCase(header)) {
                request.header(name, name.equals(McpRequests.VERSION_HEADER) ? revision.label()
                        : name.equals(METHOD_HEADER) ? call.method() : call.name());
            }
        }
        return request;
    }

    @Override
    public Response send(McpCall call, String token) {
        return McpRequests.authorized(prepare(call), token).post(world.target().mcpUrl());
    }

    /** Nothing comes first in 2026-07-28. */
    @Override
    public void open(String token) {
        // every request stands on its own
    }
}

package dev.mcpauth.conformance.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.specification.RequestSpecification;

/**
 * One thing wrong with a 2026-07-28 request that the server must refuse (Streamable HTTP "Server Validation",
 * "Protocol Version Header"; basic "_meta"); everything else about the request stays valid.
 */
public enum ProtocolFault {

    META_VERSION_DIFFERS("whose _meta names another protocol version"),
    NO_METHOD_HEADER("without the Mcp-Method header"),
    METHOD_HEADER_DIFFERS("whose Mcp-Method names another method"),
    UNKNOWN_VERSION("that states an unknown protocol version"),
    NO_CLIENT_CAPABILITIES("whose _meta lacks the client capabilities");

    /** A version no server speaks. */
    public static final String UNKNOWN = "1900-01-01";

    public static final String PHRASES = "whose _meta names another protocol version|without the Mcp-Method header"
            + "|whose Mcp-Method names another method|that states an unknown protocol version"
            + "|whose _meta lacks the client capabilities";

    private final String phrase;

    ProtocolFault(String phrase) {
        this.phrase = phrase;
    }

    public static ProtocolFault fromPhrase(String phrase) {
        for (ProtocolFault fault : values()) {
            if (fault.phrase.equals(phrase)) {
                return fault;
            }
        }
        throw new IllegalArgumentException("unknown protocol fault: " + phrase);
    }

    /** The POST of {@code call} with this fault, without credentials. */
    public RequestSpecification apply(StatelessWire wire, McpCall call) {
        return switch (this) {
            case META_VERSION_DIFFERS -> wire.prepare(call).body(wire.body(call, UNKNOWN));
            case NO_METHOD_HEADER -> wire.prepareWithout(call, StatelessWire.METHOD_HEADER);
            case METHOD_HEADER_DIFFERS -> wire.prepare(call).header(StatelessWire.METHOD_HEADER,
                    call.method().equals("prompts/list") ? "tools/list" : "prompts/list");
            case UNKNOWN_VERSION -> wire.prepare(call).header(McpRequests.VERSION_HEADER, UNKNOWN)
                    .body(wire.body(call, UNKNOWN));
            case NO_CLIENT_CAPABILITIES -> {
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put(StatelessWire.META_PROTOCOL_VERSION, wire.revision().label());
                meta.put(StatelessWire.META_CLIENT_INFO, McpCall.clientInfo());
                yield wire.prepare(call).body(wire.bodyWithMeta(call, meta));
            }
        };
    }
}

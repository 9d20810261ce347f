package dev.mcpauth.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LoadBenchmarkTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, LoadBenchmark.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, LoadBenchmark.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertTrue(Double.isNaN(LoadBenchmark.median(List.of())));
    }

    @Test
    void aToolResultMustCarryTheRequestsIdAndText() {
        String ours = "{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"w3-7\"}],"
                + "\"isError\":false}}";
        String sse = "event: message\ndata: {\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"Hello, w3-7!\"}]},"
                + "\"jsonrpc\":\"2.0\",\"id\":7}\n\n";
        assertTrue(LoadBenchmark.isToolResult(ours, 7, "w3-7"));
        assertTrue(LoadBenchmark.isToolResult(sse, 7, LoadBenchmark.EchoTool.TS_SDK_1.answer("w3-7")));

        assertFalse(LoadBenchmark.isToolResult(ours, 70, "w3-7"), "another request's id");
        assertFalse(LoadBenchmark.isToolResult(ours.replace("\"id\":7", "\"id\":71"), 7, "w3-7"), "an id it prefixes");
        assertFalse(LoadBenchmark.isToolResult(ours, 7, "w3-8"), "another request's text");
        assertFalse(LoadBenchmark.isToolResult(ours.replace("\"isError\":false", "\"isError\":true"), 7, "w3-7"));
        assertFalse(LoadBenchmark.isToolResult(
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32602,\"message\":\"w3-7\"}}", 7, "w3-7"));
    }

    @Test
    void eachWorkerNumbersItsRequests() {
        LoadBenchmark.Sequence s = new LoadBenchmark.Sequence(3);
        assertEquals(1, s.nextId());
        long id = s.nextId();
        assertEquals(2, id);
        assertEquals("w3-2", s.text(id));
        assertEquals("{\"name\":\"w3-2\"}", LoadBenchmark.EchoTool.TS_SDK_1.arguments(s.text(id)));
    }

    @Test
    void aStatelessToolCallCarriesTheProtocolVersionAndClientInMeta() {
        String body = LoadBenchmark.statelessToolCallBody(LoadBenchmark.EchoTool.TS_SDK_2, 5, "w0-5");
        assertTrue(body.contains("\"id\":5,\"method\":\"tools/call\""));
        assertTrue(body.contains("\"name\":\"echo\",\"arguments\":{\"text\":\"w0-5\"}"));
        assertTrue(body.contains("\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\""));
        assertTrue(body.contains("\"io.modelcontextprotocol/clientInfo\":{"));
        assertTrue(body.contains("\"io.modelcontextprotocol/clientCapabilities\":{}"));
    }

    @Test
    void cpuTimeIsUserPlusSystemTimeFromProcStat() {
        String stat = "4242 (node (v2) x) S 1 4242 4242 0 -1 4194560 9066 0 0 0 1234 56 0 0 20 0 11 0 1000 1000 100";
        assertEquals(1290, LoadBenchmark.cpuTicks(stat));
    }

    @Test
    void theClientCredentialsGrantAsksForTheToolsScopeAtTheResource() {
        assertEquals("grant_type=client_credentials&scope=mcp%3Atools&resource=http%3A%2F%2F127.0.0.1%3A1%2Fmcp",
                LoadBenchmark.clientCredentialsForm("http://127.0.0.1:1/mcp"));
    }
}

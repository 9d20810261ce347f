package dev.mcpauth.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import dev.mcpauth.benchmark.Report.Target;
import dev.mcpauth.benchmark.Report.Verdict;

class ReportTest {

    /**
     * A result of {@code requests} answers in 10 s, every latency {@code ms}, the process at {@code rssMb}, and
     * {@code ms}/10 of server CPU per request.
     */
    static Result result(Workload w, long requests, double ms, long rssMb) {
        Histogram h = new Histogram(3);
        h.recordValueWithCount(Math.round(ms * 1000), requests);
        return new Result(w, requests, 0, 10, h, rssMb * 1024, requests * ms / 10, "");
    }

    static Measurements ours() {
        Map<Workload, Result> r = new EnumMap<>(Workload.class);
        r.put(Workload.TOKEN, result(Workload.TOKEN, 20_000, 20, 200));
        r.put(Workload.TOOLS_CALL_2025, result(Workload.TOOLS_CALL_2025, 100_000, 5, 210));
        r.put(Workload.UNAUTHENTICATED, result(Workload.UNAUTHENTICATED, 300_000, 2, 215));
        r.put(Workload.TOOLS_CALL_2026, result(Workload.TOOLS_CALL_2026, 150_000, 4, 220));
        return new Measurements(r, 2500, 1400);
    }

    static Measurements tsSdk2(long toolsCall2026Requests, long rssMb) {
        Map<Workload, Result> r = new EnumMap<>(Workload.class);
        r.put(Workload.TOKEN, result(Workload.TOKEN, 10_000, 40, 150));
        r.put(Workload.TOOLS_CALL_2025, result(Workload.TOOLS_CALL_2025, 40_000, 15, 180)
                .withNote("answered statelessly"));
        r.put(Workload.UNAUTHENTICATED, result(Workload.UNAUTHENTICATED, 90_000, 6, 190));
        r.put(Workload.TOOLS_CALL_2026, result(Workload.TOOLS_CALL_2026, toolsCall2026Requests, 15, rssMb));
        return new Measurements(r, 400, Double.NaN);
    }

    static Measurements tsSdk1() {
        Map<Workload, Result> r = new EnumMap<>(Workload.class);
        r.put(Workload.TOKEN, Result.unsupported(Workload.TOKEN, "no client credentials grant"));
        r.put(Workload.TOOLS_CALL_2025, result(Workload.TOOLS_CALL_2025, 20_000, 40, 400));
        r.put(Workload.UNAUTHENTICATED, result(Workload.UNAUTHENTICATED, 80_000, 6, 480));
        r.put(Workload.TOOLS_CALL_2026, Result.unsupported(Workload.TOOLS_CALL_2026, "2025 revisions only"));
        return new Measurements(r, 300, Double.NaN);
    }

    /** Ours at 3x the v2 peer's stateless throughput and 10 MB below its peak memory, and the 1.x example. */
    static Map<Contender, Measurements> allThree() {
        Map<Contender, Measurements> runs = new EnumMap<>(Contender.class);
        runs.put(Contender.OURS, ours());
        runs.put(Contender.TS_SDK_1, tsSdk1());
        runs.put(Contender.TS_SDK_2, tsSdk2(50_000, 230));
        return runs;
    }

    static String line(String table, String start) {
        return table.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(
                "no row starting with " + start + " in\n" + table));
    }

    @Test
    void theTableShowsBothWiresWithEachPeerAndTheRatios() {
        Map<Contender, Measurements> runs = allThree();
        String table = Report.table(runs, 3);

        assertTrue(table.contains("| Wire | Workload | Metric | Reference server (ours) | TypeScript SDK 1.x example"
                + " | TypeScript SDK v2 + oidc-provider | Ours/1.x | Ours/v2 |"), table);
        assertEquals("| 2025 wire | authenticated tools/call, 2025-06-18 (session) | throughput (req/s) | 10000 | 2000"
                + " | 4000 | 5.00 | 2.50 |", line(table, "| 2025 wire |"));
        assertEquals("| 2026-07-28 wire | authenticated tools/call, 2026-07-28 (stateless) | throughput (req/s)"
                + " | 15000 | n/a | 5000 |  | 3.00 |", line(table, "| 2026-07-28 wire |"));
        assertEquals("| authorization server | token: client_credentials | throughput (req/s) | 2000 | n/a | 1000"
                + " |  | 2.00 |", line(table, "| authorization server |"));
        assertEquals("|  |  | server CPU per request (µs) | 400 | n/a | 1500 |  | 0.27 |",
                table.lines().filter(l -> l.contains("server CPU")).skip(3).findFirst().orElseThrow());
        assertEquals("| every workload | the whole run | peak RSS of the server process (MB) | 220 | 480 | 230 | 0.46"
                + " | 0.96 |", line(table, "| every workload |"));
        assertEquals("| start-up | cold start | launch to first authenticated tools/call, median of 3 (ms) | 2500"
                + " | 300 | 400 | 8.33 | 6.25 |", line(table, "| start-up |"));
        assertTrue(line(table, "|  | cold start, ours from the extracted jar").contains("| 1400 | 300 | 400 |"));
        assertTrue(table.contains("- TypeScript SDK 1.x example, token: client_credentials: no client credentials grant"));
        assertTrue(table.contains("- TypeScript SDK v2 + oidc-provider, authenticated tools/call, 2025-06-18 (session):"
                + " answered statelessly"));
    }

    @Test
    void aPeerThatWasNotStartedIsNotRun() {
        Map<Contender, Measurements> runs = new EnumMap<>(Contender.class);
        runs.put(Contender.OURS, ours());
        String table = Report.table(runs, 0);
        assertEquals("| 2026-07-28 wire | authenticated tools/call, 2026-07-28 (stateless) | throughput (req/s)"
                + " | 15000 | not run | not run |  |  |", line(table, "| 2026-07-28 wire |"));
        assertTrue(table.lines().noneMatch(l -> l.contains("cold start")), "no cold start rows without cold starts");
    }

    @Test
    void theTargetsOfTheCurrentWireAreMeasuredAgainstTheV2Peer() {
        Map<Contender, Measurements> runs = allThree();
        List<Target> met = Report.targets(runs, 64);
        assertTrue(met.stream().allMatch(t -> t.verdict() == Verdict.MET), Report.targetsText(met));
        assertEquals("3.00x (15000 vs 5000 req/s)", met.get(0).measured());
        assertEquals("tools/call p99 under 20 ms at 64 connections", met.get(1).what());
        assertEquals("220 vs 230 MB", met.get(2).measured());

        runs.put(Contender.TS_SDK_2, tsSdk2(50_001, 219));
        List<Target> missed = Report.targets(runs, 64);
        assertEquals(Verdict.NOT_MET, missed.get(0).verdict(), "just under 3x");
        assertEquals(Verdict.NOT_MET, missed.get(2).verdict(), "ours above the peer's peak");
        assertTrue(Report.targetsText(missed).contains("NOT MET"));
    }

    @Test
    void targetsAgainstAPeerThatDidNotRunAreNotMeasured() {
        Map<Contender, Measurements> runs = new EnumMap<>(Contender.class);
        runs.put(Contender.OURS, ours());
        List<Target> targets = Report.targets(runs, 64);
        assertEquals(Verdict.NOT_MEASURED, targets.get(0).verdict());
        assertEquals(Verdict.NOT_MEASURED, targets.get(2).verdict());
        assertEquals(Verdict.NOT_MEASURED, targets.get(3).verdict());
        assertEquals(Verdict.MET, targets.get(1).verdict(), "p99 is ours alone");
        assertEquals("ours 0", targets.get(targets.size() - 1).measured());
    }
}

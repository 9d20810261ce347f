package dev.mcpauth.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark's printed report: one Markdown table with every contender side by side (both wires, the
 * authorization server, peak memory, cold start), and the targets with their measured values.
 */
final class Report {

    /** The 2026-07-28 wire's targets, against the TypeScript SDK v2. */
    static final double TARGET_THROUGHPUT_RATIO_2026 = 3.0;
    /** The 2025 wire's targets, against the TypeScript SDK 1.x example. */
    static final double TARGET_THROUGHPUT_RATIO_2025 = 2.0;
    static final double TARGET_PEAK_RSS_MB_2025 = 300;
    static final double TARGET_P99_MS = 20;

    enum Verdict {
        MET("met"), NOT_MET("NOT MET"), NOT_MEASURED("not measured");

        final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict of(boolean met) {
            return met ? MET : NOT_MET;
        }
    }

    record Target(String group, String what, String measured, Verdict verdict) {
    }

    private record Metric(String name, String format, ToDoubleFunction<Result> value) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("throughput (req/s)", "%.0f", Result::throughput),
            new Metric("p50 (ms)", "%.2f", r -> r.percentileMs(50)),
            new Metric("p99 (ms)", "%.2f", r -> r.percentileMs(99)),
            new Metric("p99.9 (ms)", "%.2f", r -> r.percentileMs(99.9)),
            new Metric("errors", "%.0f", r -> r.errors()),
            new Metric("server CPU per request (µs)", "%.0f", Result::cpuMicrosPerRequest),
            new Metric("peak RSS so far (MB)", "%.0f", r -> r.peakRssKb() / 1024.0));

    private static final List<Contender> PEERS = List.of(Contender.TS_SDK_1, Contender.TS_SDK_2);

    private Report() {
    }

    /** The side-by-side table; contenders absent from {@code runs} were not run. */
    static String table(Map<Contender, Measurements> runs, int coldStartRuns) {
        StringBuilder t = new StringBuilder("\n| Wire | Workload | Metric");
        for (Contender c : Contender.values()) {
            t.append(" | ").append(c.title);
        }
        for (Contender p : PEERS) {
            t.append(" | Ours/").append(p.shortName);
        }
        t.append(" |\n| --- | --- | ---").append(" | ---:".repeat(Contender.values().length + PEERS.size())).append(" |\n");
        String wire = "";
        for (Workload w : Workload.values()) {
            boolean first = true;
            for (Metric m : METRICS) {
                String wireCell = first && !w.wire.equals(wire) ? w.wire : "";
                row(t, wireCell, first ? w.label : "", m.name(), runs, m.format(), c -> {
                    Measurements run = runs.get(c);
                    Result r = run == null ? null : run.result(w);
                    return r == null || !r.measured() ? null : m.value().applyAsDouble(r);
                }, run -> run != null && run.result(w) == null);
                first = false;
            }
            wire = w.wire;
        }
        row(t, "every workload", "the whole run", "peak RSS of the server process (MB)", runs, "%.0f", c -> {
            Measurements run = runs.get(c);
            return run == null || run.peakRssKb() < 0 ? null : run.peakRssKb() / 1024.0;
        }, run -> false);
        if (coldStartRuns > 0) {
            String median = "median of " + coldStartRuns + " (ms)";
            row(t, "start-up", "cold start", "launch to first authenticated tools/call, " + median, runs, "%.0f",
                    c -> coldStart(runs.get(c), false), run -> false);
            if (runs.containsKey(Contender.OURS) && !Double.isNaN(runs.get(Contender.OURS).cdsColdStartMs())) {
                row(t, "", "cold start, ours from the extracted jar + CDS archive", "the same, " + median, runs,
                        "%.0f", c -> coldStart(runs.get(c), c == Contender.OURS), run -> false);
            }
        }
        List<String> notes = new ArrayList<>();
        for (Contender c : Contender.values()) {
            Measurements run = runs.get(c);
            if (run == null) {
                continue;
            }
            for (Workload w : Workload.values()) {
                Result r = run.result(w);
                if (r != null && !r.note().isEmpty()) {
                    notes.add("- " + c.title + ", " + w.label + ": " + r.note());
                }
            }
        }
        if (!notes.isEmpty()) {
            t.append('\n').append(String.join("\n", notes)).append('\n');
        }
        return t.toString();
    }

    private static Double coldStart(Measurements run, boolean withArchive) {
        if (run == null) {
            return null;
        }
        double ms = withArchive ? run.cdsColdStartMs() : run.coldStartMs();
        return Double.isNaN(ms) ? null : ms;
    }

    private interface Cell {
        Double value(Contender c);
    }

    private interface NotApplicable {
        boolean test(Measurements run);
    }

    /**
     * One table row: each contender's value ("not run" when it was not started, "n/a" when it was not driven
     * with the workload or does not support it), then ours divided by each peer's.
     */
    private static void row(StringBuilder t, String wire, String workload, String metric,
            Map<Contender, Measurements> runs, String format, Cell cell, NotApplicable notDriven) {
        t.append("| ").append(wire).append(" | ").append(workload).append(" | ").append(metric);
        Cell known = c -> {
            Double v = cell.value(c);
            return v == null || v.isNaN() ? null : v;
        };
        for (Contender c : Contender.values()) {
            Double v = known.value(c);
            String text;
            if (!runs.containsKey(c)) {
                text = "not run";
            } else if (v == null) {
                text = notDriven.test(runs.get(c)) ? "" : "n/a";
            } else {
                text = String.format(Locale.ROOT, format, v);
            }
            t.append(" | ").append(text);
        }
        Double ours = known.value(Contender.OURS);
        for (Contender p : PEERS) {
            Double theirs = known.value(p);
            t.append(" | ").append(ours != null && theirs != null && theirs > 0
                    ? String.format(Locale.ROOT, "%.2f", ours / theirs) : "");
        }
        t.append(" |\n");
    }

    /** The targets: the 2026-07-28 wire against the TypeScript SDK v2, the 2025 wire against 1.x. */
    static List<Target> targets(Map<Contender, Measurements> runs, int concurrency) {
        List<Target> targets = new ArrayList<>();
        Measurements ours = runs.get(Contender.OURS);
        String v2 = "2026-07-28 wire, against the " + Contender.TS_SDK_2.title;
        targets.add(throughputRatio(v2, ours, runs.get(Contender.TS_SDK_2), Workload.TOOLS_CALL_2026,
                TARGET_THROUGHPUT_RATIO_2026));
        targets.add(p99(v2, ours, Workload.TOOLS_CALL_2026, concurrency));
        Measurements peer2 = runs.get(Contender.TS_SDK_2);
        if (ours != null && ours.peakRssKb() >= 0 && peer2 != null && peer2.peakRssKb() >= 0) {
            targets.add(new Target(v2, "peak RSS not above the v2 peer's", String.format(Locale.ROOT,
                    "%.0f vs %.0f MB", ours.peakRssKb() / 1024.0, peer2.peakRssKb() / 1024.0),
                    Verdict.of(ours.peakRssKb() <= peer2.peakRssKb())));
        } else {
            targets.add(new Target(v2, "peak RSS not above the v2 peer's", "", Verdict.NOT_MEASURED));
        }
        String v1 = "2025 wire, against the " + Contender.TS_SDK_1.title;
        targets.add(throughputRatio(v1, ours, runs.get(Contender.TS_SDK_1), Workload.TOOLS_CALL_2025,
                TARGET_THROUGHPUT_RATIO_2025));
        targets.add(p99(v1, ours, Workload.TOOLS_CALL_2025, concurrency));
        String rssWhat = String.format(Locale.ROOT, "peak RSS under %.0f MB", TARGET_PEAK_RSS_MB_2025);
        targets.add(ours == null || ours.peakRssKb() < 0 ? new Target(v1, rssWhat, "", Verdict.NOT_MEASURED)
                : new Target(v1, rssWhat, String.format(Locale.ROOT, "%.0f MB", ours.peakRssKb() / 1024.0),
                        Verdict.of(ours.peakRssKb() / 1024.0 < TARGET_PEAK_RSS_MB_2025)));
        List<String> errors = new ArrayList<>();
        long total = 0;
        for (Contender c : Contender.values()) {
            if (runs.containsKey(c)) {
                errors.add(c.shortName + " " + runs.get(c).errors());
                total += runs.get(c).errors();
            }
        }
        targets.add(new Target("every workload", "no errors (wrong answers included)", String.join(", ", errors),
                errors.isEmpty() ? Verdict.NOT_MEASURED : Verdict.of(total == 0)));
        return targets;
    }

    private static Target throughputRatio(String group, Measurements ours, Measurements peer, Workload workload,
            double atLeast) {
        String what = String.format(Locale.ROOT, "tools/call throughput at least %.0fx the peer", atLeast);
        if (ours == null || peer == null || !ours.measured(workload) || !peer.measured(workload)) {
            return new Target(group, what, "peer not run", Verdict.NOT_MEASURED);
        }
        double o = ours.result(workload).throughput();
        double p = peer.result(workload).throughput();
        return new Target(group, what, String.format(Locale.ROOT, "%.2fx (%.0f vs %.0f req/s)", o / p, o, p),
                Verdict.of(o / p >= atLeast));
    }

    private static Target p99(String group, Measurements ours, Workload workload, int concurrency) {
        String what = String.format(Locale.ROOT, "tools/call p99 under %.0f ms at %d connections", TARGET_P99_MS,
                concurrency);
        if (ours == null || !ours.measured(workload)) {
            return new Target(group, what, "", Verdict.NOT_MEASURED);
        }
        double p99 = ours.result(workload).percentileMs(99);
        return new Target(group, what, String.format(Locale.ROOT, "%.2f ms", p99), Verdict.of(p99 < TARGET_P99_MS));
    }

    static String targetsText(List<Target> targets) {
        StringBuilder s = new StringBuilder();
        String group = null;
        for (Target t : targets) {
            if (!t.group().equals(group)) {
                group = t.group();
                s.append("Targets, ").append(group).append(":\n");
            }
            s.append(String.format(Locale.ROOT, "  %-48s %-28s %s%n", t.what(), t.measured(), t.verdict().text));
        }
        return s.toString();
    }
}

package dev.mcpauth.benchmark;

import org.HdrHistogram.Histogram;

/**
 * One workload's measurement against one server: answers that were the expected ones, errors (wrong answers and
 * I/O failures), latencies in µs, the process's peak resident memory so far, the CPU time the server process used
 * in the measurement window (less sensitive than throughput to other load on a shared machine), and a note for the
 * table (why a workload was not measured, or how the server answered it).
 */
record Result(Workload workload, long requests, long errors, double seconds, Histogram micros, long peakRssKb,
        double serverCpuMs, String note) {

    static Result unsupported(Workload workload, String why) {
        return new Result(workload, 0, 0, 0, new Histogram(3), -1, Double.NaN, why);
    }

    /** Server CPU time per answered request, in µs. */
    double cpuMicrosPerRequest() {
        return requests == 0 ? Double.NaN : serverCpuMs * 1000 / requests;
    }

    boolean measured() {
        return seconds > 0;
    }

    double throughput() {
        return measured() ? requests / seconds : Double.NaN;
    }

    double percentileMs(double p) {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(p) / 1000.0;
    }

    Result withNote(String text) {
        return new Result(workload, requests, errors, seconds, micros, peakRssKb, serverCpuMs, text);
    }
}

package dev.mcpauth.benchmark;

import java.util.Map;

/**
 * Everything one benchmark run measured of one contender: a result per workload it was driven with (unsupported
 * workloads as {@link Result#unsupported}), its median cold start and, for ours, the median cold start from the
 * extracted jar with a class data sharing archive (NaN when not measured).
 */
record Measurements(Map<Workload, Result> results, double coldStartMs, double cdsColdStartMs) {

    /** The result of a workload, or null when this contender was not driven with it. */
    Result result(Workload workload) {
        return results.get(workload);
    }

    boolean measured(Workload workload) {
        Result r = results.get(workload);
        return r != null && r.measured();
    }

    /** Peak resident memory of the server process over the whole run, in kB; -1 when nothing was measured. */
    long peakRssKb() {
        return results.values().stream().filter(Result::measured).mapToLong(Result::peakRssKb).max().orElse(-1);
    }

    long errors() {
        return results.values().stream().mapToLong(Result::errors).sum();
    }
}

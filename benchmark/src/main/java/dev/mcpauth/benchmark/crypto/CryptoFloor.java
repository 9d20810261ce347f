package dev.mcpauth.benchmark.crypto;

import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs {@link AccessTokenCryptoBenchmark} (JMH command-line options override its defaults) and prints each result
 * both as operations per second and as microseconds per operation. Started by {@code benchmark/jmh.sh}.
 */
public final class CryptoFloor {

    private CryptoFloor() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp()) {
            options.showHelp();
            return;
        }
        Runner runner = new Runner(options);
        if (options.shouldList()) {
            runner.list();
            return;
        }
        Collection<RunResult> results = runner.run();
        System.out.println();
        System.out.printf(Locale.ROOT, "%-34s %14s %10s %10s%n", "Benchmark", "ops/s", "± (99.9%)", "µs/op");
        for (RunResult run : results) {
            Result<?> primary = run.getPrimaryResult();
            String name = run.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            double nanosPerUnit = run.getParams().getTimeUnit().toNanos(1);
            if (run.getParams().getMode() == Mode.Throughput) {
                double perSecond = TimeUnit.SECONDS.toNanos(1) / nanosPerUnit;
                double opsPerSecond = primary.getScore() * perSecond;
                System.out.printf(Locale.ROOT, "%-34s %14.0f %10s %10.2f%n", name, opsPerSecond,
                        error(primary.getScoreError() * perSecond), 1e6 / opsPerSecond);
            } else if (run.getParams().getMode() == Mode.AverageTime) {
                double microsPerOp = primary.getScore() * nanosPerUnit / 1e3;
                System.out.printf(Locale.ROOT, "%-34s %14.0f %10s %10.2f%n", name, 1e6 / microsPerOp, "",
                        microsPerOp);
            } else {
                System.out.printf(Locale.ROOT, "%-34s %s %s (mode %s: not converted)%n", name,
                        primary.getScore(), primary.getScoreUnit(), run.getParams().getMode().shortLabel());
            }
        }
    }

    /** JMH has no confidence interval for a single measured iteration. */
    private static String error(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.0f", value);
    }
}

package dev.mcpauth.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}

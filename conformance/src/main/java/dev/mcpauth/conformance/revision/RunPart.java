package dev.mcpauth.conformance.revision;

import java.util.Optional;

/**
 * Which of the runner's Cucumber runs is in progress ({@code -Dmcp.run.part=2/4}): a run of several revisions is
 * one Cucumber run per revision (and one for the client features), and what spans them (the expected-failures
 * ledger, the reports) starts with the first and ends with the last. Without the property a run is a whole.
 */
public record RunPart(int index, int total) {

    public static final String PROPERTY = "mcp.run.part";

    public static RunPart current() {
        return Optional.ofNullable(System.getProperty(PROPERTY)).map(RunPart::parse).orElse(new RunPart(1, 1));
    }

    public static RunPart parse(String text) {
        String[] parts = text.strip().split("/");
        return new RunPart(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    public boolean isFirst() {
        return index == 1;
    }

    public boolean isLast() {
        return index == total;
    }

    public String text() {
        return index + "/" + total;
    }
}

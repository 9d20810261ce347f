package dev.mcpauth.conformance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the run's own reports into the reports directory, replacing those of an earlier run. */
public final class ReportFiles {

    private final Path directory;
    private final SummaryJson summaryJson = new SummaryJson();
    private final CoverageMatrixPage coveragePage = new CoverageMatrixPage();
    private final IndexPage indexPage = new IndexPage();
    private final JunitXml junitXml = new JunitXml();

    public ReportFiles(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The files {@link #write} produces, landing page first. */
    public List<Path> paths() {
        return List.of(directory.resolve("index.html"), directory.resolve("coverage.html"),
                directory.resolve("summary.json"), directory.resolve("junit").resolve("conformance.xml"));
    }

    public List<Path> write(RunSummary summary) {
        List<Path> paths = paths();
        try {
            Files.createDirectories(directory);
            Files.writeString(paths.get(0), indexPage.render(summary), StandardCharsets.UTF_8);
            Files.writeString(paths.get(1), coveragePage.render(summary), StandardCharsets.UTF_8);
            Files.writeString(paths.get(2), summaryJson.render(summary), StandardCharsets.UTF_8);
            Files.createDirectories(paths.get(3).getParent());
            Files.writeString(paths.get(3), junitXml.render(summary), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the conformance reports to " + directory
                    + " (the plugin's reports directory setting): " + e.getMessage(), e);
        }
        return paths;
    }
}

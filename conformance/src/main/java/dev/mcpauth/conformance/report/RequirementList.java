package dev.mcpauth.conformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import dev.mcpauth.conformance.mcp.Revision;

/**
 * The project's requirement list, {@code features/requirements.tsv}: a header line, then one requirement per line
 * with the tab-separated columns {@code id level actor source requirement test revisions}. {@code revisions} (may be
 * left out of a row) lists, space-separated, the MCP revisions the requirement holds in; empty means every revision
 * from the one that introduced it ({@link RequirementRow#introducedIn}).
 */
public final class RequirementList {

    public static final String RESOURCE = "features/requirements.tsv";

    static final List<String> COLUMNS = List.of("id", "level", "actor", "source", "requirement", "test",
            "revisions");

    private static final Pattern ID = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$");

    private final String origin;
    private final List<RequirementRow> rows;
    private final Map<String, RequirementRow> byId = new HashMap<>();

    private RequirementList(String origin, List<RequirementRow> rows) {
        this.origin = origin;
        this.rows = List.copyOf(rows);
        rows.forEach(row -> byId.put(row.id(), row));
    }

    /** No list: the reports show only the requirement IDs that scenarios are tagged with. */
    public static RequirementList none() {
        return new RequirementList("", List.of());
    }

    /** The list on the class path, or {@link #none()} when the build did not put one there. */
    public static RequirementList fromClasspath(ClassLoader loader) {
        URL url = loader.getResource(RESOURCE);
        if (url == null) {
            return none();
        }
        try (InputStream in = url.openStream()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the requirement list " + url, e);
        }
    }

    /**
     * @param origin where the text comes from, for messages
     * @throws IllegalArgumentException naming the file and line of the first malformed line
     */
    public static RequirementList parse(String text, String origin) {
        List<String> lines = text.startsWith("\uFEFF") ? text.substring(1).lines().toList() : text.lines().toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(origin + " is empty; its first line must be the header "
                    + String.join("\\t", COLUMNS));
        }
        List<String> header = List.of(lines.get(0).strip().split("\t", -1));
        if (!header.equals(COLUMNS) && !header.equals(COLUMNS.subList(0, COLUMNS.size() - 1))) {
            throw malformed(origin, 1, "the header must be the tab-separated columns " + String.join(", ", COLUMNS)
                    + ", but is " + header);
        }
        List<RequirementRow> rows = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (int index = 1; index < lines.size(); index++) {
            int lineNumber = index + 1;
            String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            RequirementRow row = parseRow(line, origin, lineNumber);
            Integer earlier = lineOfId.putIfAbsent(row.id(), lineNumber);
            if (earlier != null) {
                throw malformed(origin, lineNumber, "requirement " + row.id() + " is already listed on line " + earlier);
            }
            rows.add(row);
        }
        return new RequirementList(origin, rows);
    }

    private static RequirementRow parseRow(String line, String origin, int lineNumber) {
        String[] fields = line.split("\t", -1);
        if (fields.length != COLUMNS.size() && fields.length != COLUMNS.size() - 1) {
            throw malformed(origin, lineNumber, "expected " + COLUMNS.size() + " tab-separated columns ("
                    + String.join(", ", COLUMNS) + "; revisions may be left out) but found " + fields.length);
        }
        String id = fields[0].strip();
        if (!ID.matcher(id).matches()) {
            throw malformed(origin, lineNumber, "\"" + id + "\" is not a requirement ID such as AUTH-PRM-04 "
                    + "(capital letters and digits in parts joined by '-')");
        }
        Level level = Level.fromLabel(fields[1].strip()).orElseThrow(() -> malformed(origin, lineNumber,
                "level \"" + fields[1].strip() + "\" of " + id + " is not one of MUST, MUST NOT, SHOULD, SHOULD NOT, MAY"));
        Set<Revision> revisions = EnumSet.noneOf(Revision.class);
        String listed = fields.length == COLUMNS.size() ? fields[6].strip() : "";
        for (String label : listed.isEmpty() ? new String[0] : listed.split("\\s+")) {
            revisions.add(Revision.fromLabel(label).orElseThrow(() -> malformed(origin, lineNumber, "revision \""
                    + label + "\" of " + id + " is not one of " + java.util.Arrays.toString(Revision.values()))));
        }
        return new RequirementRow(id, level, fields[2].strip(), fields[3].strip(), fields[4].strip(), fields[5].strip(),
                revisions.isEmpty() ? RequirementRow.fromIntroduction(id) : revisions);
    }

    private static IllegalArgumentException malformed(String origin, int lineNumber, String problem) {
        return new IllegalArgumentException("Malformed requirement list " + origin + ", line " + lineNumber + ": "
                + problem);
    }

    /** Where the list was read from; empty for {@link #none()}. */
    public String origin() {
        return origin;
    }

    public boolean isPresent() {
        return !origin.isEmpty();
    }

    /** The rows in the order of the list. */
    public List<RequirementRow> rows() {
        return rows;
    }

    public Optional<RequirementRow> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}

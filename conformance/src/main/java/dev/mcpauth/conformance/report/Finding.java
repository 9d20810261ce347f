package dev.mcpauth.conformance.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A check that failed in a scenario whose severity is downgraded (a SHOULD, or a failure the user expects), so the
 * scenario went on and passed in Cucumber terms. The harness attaches it to the scenario as JSON.
 */
public record Finding(Verdict verdict, List<String> requirements, String message) {

    public static final String MEDIA_TYPE = "application/vnd.mcpauth.finding+json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Finding {
        if (verdict != Verdict.WARN && verdict != Verdict.EXPECTED_FAIL) {
            throw new IllegalArgumentException("a finding is WARN or EXPECTED_FAIL, not " + verdict);
        }
        requirements = List.copyOf(requirements);
    }

    /** The document the harness attaches to the scenario. */
    public byte[] toJson() {
        return JSON.writeValueAsBytes(java.util.Map.of("verdict", verdict.name(), "requirements", requirements,
                "message", message));
    }

    /**
     * Reads the attached document {@code {"verdict":"WARN","requirements":["AUTH-X-01"],"message":"..."}}.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static Finding fromJson(byte[] utf8) {
        JsonNode root;
        try {
            root = JSON.readTree(utf8);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the finding is not JSON: " + e.getOriginalMessage()
                    + " in " + preview(utf8));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the finding is not a JSON object: " + preview(utf8));
        }
        String verdict = root.path("verdict").asString("");
        if (!verdict.equals(Verdict.WARN.name()) && !verdict.equals(Verdict.EXPECTED_FAIL.name())) {
            throw new IllegalArgumentException("the finding's verdict must be WARN or EXPECTED_FAIL, but is \""
                    + verdict + "\" in " + preview(utf8));
        }
        JsonNode ids = root.path("requirements");
        if (!ids.isArray() || !ids.values().stream().allMatch(JsonNode::isString)) {
            throw new IllegalArgumentException("the finding's requirements must be an array of requirement IDs in "
                    + preview(utf8));
        }
        if (!root.path("message").isString()) {
            throw new IllegalArgumentException("the finding has no message in " + preview(utf8));
        }
        List<String> requirements = new ArrayList<>();
        ids.values().forEach(id -> requirements.add(id.stringValue()));
        return new Finding(Verdict.valueOf(verdict), requirements, root.path("message").stringValue());
    }

    private static String preview(byte[] utf8) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}

package dev.mcpauth.conformance.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a scenario's tags say: the requirements it checks, their level, and the spec versions it applies to. */
public record ScenarioTags(List<String> requirementIds, Level level, List<String> specVersions) {

    /** {@code @AUTH-PRM-04}, {@code @R9728-15}; level tags such as {@code @MUST-NOT} match too and are excluded. */
    static final Pattern REQUIREMENT_TAG = Pattern.compile("^@[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$");

    private static final String SPEC_PREFIX = "@spec-";

    public ScenarioTags {
        requirementIds = List.copyOf(requirementIds);
        specVersions = List.copyOf(specVersions);
    }

    /** Reads Cucumber's tags (with their {@code @}); a scenario without a level tag is held to MUST. */
    public static ScenarioTags parse(Collection<String> tags) {
        List<String> ids = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        Level level = null;
        for (String tag : tags) {
            Optional<Level> levelTag = Level.fromTag(tag);
            if (levelTag.isPresent()) {
                level = level == null ? levelTag.get() : level;
            } else if (REQUIREMENT_TAG.matcher(tag).matches()) {
                String id = tag.substring(1);
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            } else if (tag.startsWith(SPEC_PREFIX)) {
                versions.add(tag.substring(SPEC_PREFIX.length()));
            }
        }
        return new ScenarioTags(ids, level == null ? Level.MUST : level, versions);
    }
}

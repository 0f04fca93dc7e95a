package io.witness.sources.jira;

import io.witness.core.input.Problems;
import io.witness.core.input.YamlDocument;
import io.witness.core.input.YamlNode;
import io.witness.sources.export.LocalTimes;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.MappingOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user may say about a Jira export, in the file given with {@code --mapping}; detected or
 * defaulted when left out:
 * <pre>
 * date_format: "dd/MMM/yy h:mm a"      # the exporting user's date format (Jira's "complete date/time")
 * group_field: "Assignment group"      # the field that names the group working the issue
 * </pre>
 * Immutable.
 *
 * @param dateFormat the exporting user's date and time format, if given
 * @param groupFields the names of the group field, as a changelog item and as a CSV column (with or
 *     without "Custom field (…)")
 */
record JiraOptions(Optional<LocalTimes> dateFormat, List<String> groupFields) {

    static final List<String> KEYS = List.of("date_format", "group_field");
    static final List<String> DEFAULT_GROUP_FIELDS = List.of("Assignment group", "Assigned group", "Support group",
            "Team", "Group");

    JiraOptions {
        groupFields = List.copyOf(groupFields);
    }

    private static final MappingOptions<JiraOptions> MAPPING = new MappingOptions<>(JiraOptions::of);

    /** The options for normalising: the import's mapping file, read once for all its cases. */
    static JiraOptions forNormalising(ImportContext context) {
        return MAPPING.forNormalising(context);
    }

    static JiraOptions of(ImportContext context, Problems problems) {
        if (context.mapping().isEmpty()) {
            return new JiraOptions(Optional.empty(), DEFAULT_GROUP_FIELDS);
        }
        ImportContext.TextFile file = context.mapping().get();
        Optional<YamlNode> root = YamlDocument.parse(file.text(), file.name(), problems);
        if (root.isEmpty()) {
            return new JiraOptions(Optional.empty(), DEFAULT_GROUP_FIELDS);
        }
        Map<String, YamlNode> entries = root.get().entries(KEYS);
        Optional<LocalTimes> dateFormat = Optional.ofNullable(entries.get("date_format"))
                .flatMap(node -> node.text().flatMap(text -> pattern(node, text)));
        List<String> groups = Optional.ofNullable(entries.get("group_field")).flatMap(YamlNode::text).map(List::of)
                .orElse(DEFAULT_GROUP_FIELDS);
        return new JiraOptions(dateFormat, groups);
    }

    private static Optional<LocalTimes> pattern(YamlNode node, String text) {
        try {
            return Optional.of(LocalTimes.of(text));
        } catch (IllegalArgumentException e) {
            return node.fail("expected a date format such as dd/MMM/yy h:mm a, found '" + text + "': " + e.getMessage());
        }
    }
}

package io.witness.sources.servicenow;

import io.witness.core.input.Problems;
import io.witness.core.input.YamlDocument;
import io.witness.core.input.YamlNode;
import io.witness.sources.export.LocalTimes;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.MappingOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user may say about a ServiceNow export, in the file given with {@code --mapping}; everything
 * is detected when left out:
 * <pre>
 * date_format: "dd/MM/yyyy HH:mm:ss"   # the exporting user's date format
 * values: display                      # display (labels, names) or raw (codes, sys_ids)
 * choices:                             # the instance's own choice values (sys_choice), code: label
 *   state: { "9": "Awaiting Approval" }
 *   hold_reason: { "6": "Awaiting Customer Approval" }
 * </pre>
 * Immutable.
 *
 * @param dateFormat the exporting user's date and time format, if given
 * @param values whether the export holds display or raw values, if given
 * @param choices extra or replaced choice labels per field (state, hold_reason, priority, impact, urgency)
 */
record SnOptions(Optional<LocalTimes> dateFormat, Optional<SnValues> values, Map<String, Map<String, String>> choices) {

    static final List<String> KEYS = List.of("date_format", "values", "choices");
    static final List<String> CHOICE_FIELDS = List.of("state", "hold_reason", "priority", "impact", "urgency");

    SnOptions {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        choices.forEach((field, labels) -> copy.put(field, Map.copyOf(labels)));
        choices = Map.copyOf(copy);
    }

    static SnOptions none() {
        return new SnOptions(Optional.empty(), Optional.empty(), Map.of());
    }

    private static final MappingOptions<SnOptions> MAPPING = new MappingOptions<>(SnOptions::of);

    /** The options for normalising: the import's mapping file, read once for all its cases. */
    static SnOptions forNormalising(ImportContext context) {
        return MAPPING.forNormalising(context);
    }

    /** The options of the context's mapping file; every problem in it goes to {@code problems}. */
    static SnOptions of(ImportContext context, Problems problems) {
        if (context.mapping().isEmpty()) {
            return none();
        }
        ImportContext.TextFile file = context.mapping().get();
        Optional<YamlNode> root = YamlDocument.parse(file.text(), file.name(), problems);
        if (root.isEmpty()) {
            return none();
        }
        Map<String, YamlNode> entries = root.get().entries(KEYS);
        Optional<LocalTimes> dateFormat = Optional.ofNullable(entries.get("date_format")).flatMap(YamlNode::text)
                .flatMap(text -> pattern(entries.get("date_format"), text));
        Optional<SnValues> values = Optional.ofNullable(entries.get("values")).flatMap(node -> node.text()
                .flatMap(text -> SnValues.named(text).or(() -> node.fail("expected display or raw, found '" + text + "'"))));
        Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        YamlNode choiceNode = entries.get("choices");
        if (choiceNode != null) {
            choiceNode.entries(CHOICE_FIELDS).forEach((field, node) -> {
                Map<String, String> labels = new LinkedHashMap<>();
                node.entries().forEach((code, label) -> label.text().ifPresent(text -> labels.put(code, text)));
                choices.put(field, labels);
            });
        }
        return new SnOptions(dateFormat, values, choices);
    }

    private static Optional<LocalTimes> pattern(YamlNode node, String text) {
        try {
            return Optional.of(LocalTimes.of(text));
        } catch (IllegalArgumentException e) {
            return node.fail("expected a date format such as dd/MM/yyyy HH:mm:ss, found '" + text + "': " + e.getMessage());
        }
    }
}

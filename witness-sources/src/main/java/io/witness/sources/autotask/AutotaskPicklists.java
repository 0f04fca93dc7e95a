package io.witness.sources.autotask;

import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportContext;
import io.witness.sources.psa.Fields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labels of Autotask's picklist values. The REST API writes status, priority, queue, source and issue
 * types as numbers ({@code "status": 8}); given the tenant's field definitions
 * ({@code GET /Tickets/entityInformation/fields} saved as JSON, named with {@code --mapping}), a number
 * becomes its label ({@code In Progress}), so that the contract can map the names people use. Without
 * them the number's digits are the value, and the contract maps those ({@code "8": in_progress}).
 * Immutable.
 *
 * @param labels per field (normalised name), value → label
 */
record AutotaskPicklists(Map<String, Map<String, String>> labels) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static AutotaskPicklists none() {
        return new AutotaskPicklists(Map.of());
    }

    /** The picklists of the context's mapping file, or none when there is none or it is not such a file. */
    static AutotaskPicklists of(ImportContext context) {
        return context.mapping().flatMap(file -> read(file.text())).orElse(none());
    }

    /** The problem with the context's mapping file, if it is given and is not Autotask field definitions. */
    static List<InputProblem> check(ImportContext context) {
        return context.mapping().filter(file -> read(file.text()).isEmpty())
                .map(file -> List.of(new InputProblem(file.name(), 1, 0, "", "expected Autotask's field definitions"
                        + " (GET /Tickets/entityInformation/fields saved as JSON: {\"fields\": [{\"name\", \"picklistValues\"}]}),"
                        + " found something else")))
                .orElse(List.of());
    }

    private static Optional<AutotaskPicklists> read(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        JsonNode fields = root.get("fields");
        if (fields == null || !fields.isArray()) {
            return Optional.empty();
        }
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (JsonNode field : fields) {
            JsonNode name = field.get("name");
            JsonNode values = field.get("picklistValues");
            if (name == null || !name.isString() || values == null || !values.isArray()) {
                continue;
            }
            Map<String, String> byValue = new HashMap<>();
            for (JsonNode value : values) {
                Optional<String> id = Optional.ofNullable(value.get("value")).flatMap(Fields::valueText);
                Optional<String> label = Optional.ofNullable(value.get("label")).flatMap(Fields::valueText);
                if (id.isPresent() && label.isPresent()) {
                    byValue.put(id.get(), label.get());
                }
            }
            labels.put(Fields.normalise(name.asString()), Map.copyOf(byValue));
        }
        return Optional.of(new AutotaskPicklists(Map.copyOf(labels)));
    }

    /** The label of {@code value} in {@code field}'s picklist ({@code queueID}), else the value itself. */
    Optional<String> label(String field, Optional<String> value) {
        return value.map(v -> labels.getOrDefault(Fields.normalise(field), Map.of()).getOrDefault(v, v));
    }
}

package io.witness.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The fields of a {@code details} line: reading them (every problem reported) and writing them back. */
final class DetailsFields {

    private DetailsFields() {
    }

    static TicketDetails read(LineFields fields) {
        Optional<String> title = optionalText(fields, "title");
        Optional<String> requester = optionalText(fields, "requester");
        Optional<String> category = optionalText(fields, "category");
        Optional<String> subcategory = optionalText(fields, "subcategory");
        Optional<String> ci = optionalText(fields, "ci");
        Optional<String> channel = optionalText(fields, "channel");
        Optional<Origin> origin = fields.choice("origin", "user or monitoring", Origin::fromWire, false);
        List<ExternalReference> references = fields.references("refs");
        return new TicketDetails(title, requester, category, subcategory, ci, channel, origin, references);
    }

    static void write(TicketDetails details, ObjectNode json) {
        details.title().ifPresent(v -> json.put("title", v));
        details.requester().ifPresent(v -> json.put("requester", v));
        details.category().ifPresent(v -> json.put("category", v));
        details.subcategory().ifPresent(v -> json.put("subcategory", v));
        details.configurationItem().ifPresent(v -> json.put("ci", v));
        details.channel().ifPresent(v -> json.put("channel", v));
        details.origin().ifPresent(v -> json.put("origin", v.wireName()));
        if (!details.references().isEmpty()) {
            ArrayNode refs = json.putArray("refs");
            for (ExternalReference reference : details.references()) {
                refs.addObject().put("system", reference.system()).put("id", reference.id());
            }
        }
    }

    private static Optional<String> optionalText(LineFields fields, String name) {
        return fields.text(name, "a non-blank string", false);
    }

    static List<ExternalReference> references(JsonNode refs, java.util.function.BiConsumer<String, JsonNode> fail) {
        List<ExternalReference> references = new ArrayList<>();
        if (!refs.isArray()) {
            fail.accept("", refs);
            return references;
        }
        for (int i = 0; i < refs.size(); i++) {
            JsonNode ref = refs.get(i);
            JsonNode system = ref.get("system");
            JsonNode id = ref.get("id");
            if (!ref.isObject() || system == null || !system.isString() || system.stringValue().isBlank()
                    || id == null || !id.isString() || id.stringValue().isBlank()) {
                fail.accept("/" + i, ref);
            } else {
                references.add(new ExternalReference(system.stringValue(), id.stringValue()));
            }
        }
        return references;
    }
}

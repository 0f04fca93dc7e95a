package io.witness.sources.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Named lists of columns, for parsed forms that name their columns once instead of in every row: such a
 * parsed form is the JSON object {@code {"columns":NAME,"values":[...]}}, the values in the order of the
 * list called NAME (docs/importers). A row of a file with many columns and short values is then about half
 * the size of the object of column → value. The lists are fixed once published: a changed list is a new name.
 * Immutable.
 */
public final class ColumnLists {

    /** The 36 columns of the UCI ServiceNow incident event log, in its header's order. */
    public static final String SERVICENOW_EVENTLOG = "servicenow-eventlog.v1";

    private static final Map<String, List<String>> LISTS = Map.of(SERVICENOW_EVENTLOG, List.of(
            "number", "incident_state", "active", "reassignment_count", "reopen_count", "sys_mod_count", "made_sla", "caller_id",
            "opened_by", "opened_at", "sys_created_by", "sys_created_at", "sys_updated_by", "sys_updated_at", "contact_type", "location",
            "category", "subcategory", "u_symptom", "cmdb_ci", "impact", "urgency", "priority", "assignment_group", "assigned_to",
            "knowledge", "u_priority_confirmation", "notify", "problem_id", "rfc", "vendor", "caused_by", "closed_code", "resolved_by",
            "resolved_at", "closed_at"));

    /** The member naming the list. */
    public static final String COLUMNS = "columns";

    /** The member holding the values in the list's order. */
    public static final String VALUES = "values";

    private ColumnLists() {
    }

    /** The columns of the list called {@code name}, if there is one. */
    public static Optional<List<String>> named(String name) {
        return Optional.ofNullable(LISTS.get(name));
    }

    /**
     * A parsed form as an object of column → value: one that names a known column list (two members, the
     * list's name and as many values as it has columns) becomes that object; any other JSON is returned as
     * it is. The object is the form the same row has when its columns are named in it.
     */
    public static JsonNode expanded(JsonNode parsed) {
        if (!parsed.isObject() || parsed.size() != 2 || !parsed.path(COLUMNS).isString() || !parsed.path(VALUES).isArray()) {
            return parsed;
        }
        Optional<List<String>> columns = named(parsed.get(COLUMNS).asString());
        JsonNode values = parsed.get(VALUES);
        if (columns.isEmpty() || columns.get().size() != values.size()) {
            return parsed;
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < values.size(); i++) {
            object.set(columns.get().get(i), values.get(i));
        }
        return object;
    }
}

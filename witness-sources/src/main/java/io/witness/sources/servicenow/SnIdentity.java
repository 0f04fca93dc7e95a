package io.witness.sources.servicenow;

import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who a ServiceNow row is about and which version of it it is, by table:
 * <table>
 *   <caption>ids, versions and cases</caption>
 *   <tr><th>table</th><th>source id</th><th>version</th><th>case</th><th>claimed at</th></tr>
 *   <tr><td>incident</td><td>sys_id, else number</td><td>sys_mod_count, else sys_updated_on</td>
 *       <td>sys_id, else number</td><td>sys_updated_on, else opened_at</td></tr>
 *   <tr><td>sys_audit</td><td>its sys_id, else documentkey and the version</td><td>sys_created_on, fieldname, record_checkpoint</td>
 *       <td>documentkey</td><td>sys_created_on</td></tr>
 *   <tr><td>sys_journal_field</td><td>its sys_id, else element_id and the version</td><td>sys_created_on and element</td>
 *       <td>element_id</td><td>sys_created_on</td></tr>
 *   <tr><td>metric_instance</td><td>its sys_id, else id, definition and start</td><td>end, else "running"</td>
 *       <td>id</td><td>end, else start</td></tr>
 *   <tr><td>task_sla</td><td>its sys_id, else task, sla and start_time</td><td>sys_mod_count, else sys_updated_on</td>
 *       <td>task</td><td>sys_updated_on, else end_time, else start_time</td></tr>
 * </table>
 * A version left empty is the digest of the row's values (the caller's), so an unchanged row is the same
 * evidence and a changed one a new version.
 *
 * @param sourceId the row's id in ServiceNow
 * @param version what tells its versions apart, if the row has it
 * @param caseRef the incident it is about: its sys_id, else its number
 * @param claimedAt the time the row claims
 */
record SnIdentity(String sourceId, Optional<String> version, String caseRef, Optional<Instant> claimedAt) {

    static SnIdentity of(SnTable kind, ObjectNode fields) {
        return switch (kind) {
            case INCIDENT -> new SnIdentity(first(fields, "sys_id", "number"),
                    text(fields, "sys_mod_count").or(() -> text(fields, "sys_updated_on")),
                    first(fields, "sys_id", "number"), time(fields, "sys_updated_on").or(() -> time(fields, "opened_at")));
            case AUDIT -> {
                String change = fields.get("sys_created_on").asString() + " " + fields.get("fieldname").asString()
                        + text(fields, "record_checkpoint").map(c -> " #" + c).orElse("");
                yield new SnIdentity(ownId(fields, "documentkey", change), Optional.of(change), fields.get("documentkey").asString(),
                        time(fields, "sys_created_on"));
            }
            case JOURNAL -> {
                String entry = fields.get("sys_created_on").asString() + " " + fields.get("element").asString();
                yield new SnIdentity(ownId(fields, "element_id", entry), Optional.of(entry), fields.get("element_id").asString(),
                        time(fields, "sys_created_on"));
            }
            case METRIC -> new SnIdentity(text(fields, "sys_id").orElseGet(() -> fields.get("id").asString() + " "
                            + text(fields, "definition").orElse("") + " " + fields.get("start").asString()),
                    Optional.of(text(fields, "end").orElse("running")), fields.get("id").asString(),
                    time(fields, "end").or(() -> time(fields, "start")));
            case TASK_SLA -> new SnIdentity(text(fields, "sys_id").orElseGet(() -> fields.get("task").asString() + " "
                            + fields.get("sla").asString() + text(fields, "start_time").map(t -> " " + t).orElse("")),
                    text(fields, "sys_mod_count").or(() -> text(fields, "sys_updated_on")), fields.get("task").asString(),
                    time(fields, "sys_updated_on").or(() -> time(fields, "end_time")).or(() -> time(fields, "start_time")));
        };
    }

    /**
     * A history row's own sys_id; without one, the record it is about and when and what it changed, so that
     * each row stays a record of its own (the record's id alone would make every row a version of one).
     */
    private static String ownId(ObjectNode fields, String record, String change) {
        return text(fields, "sys_id").orElseGet(() -> fields.get(record).asString() + " " + change);
    }

    private static String first(ObjectNode fields, String element, String fallback) {
        return text(fields, element).orElseGet(() -> fields.get(fallback).asString());
    }

    private static Optional<String> text(ObjectNode fields, String element) {
        JsonNode node = fields.get(element);
        return node == null ? Optional.empty() : Optional.of(node.asString());
    }

    private static Optional<Instant> time(ObjectNode fields, String element) {
        return text(fields, element).map(Instant::parse);
    }
}

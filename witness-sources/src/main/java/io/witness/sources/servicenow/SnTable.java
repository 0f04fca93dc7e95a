package io.witness.sources.servicenow;

import io.witness.sources.export.ExportTable;
import java.util.List;
import java.util.Optional;

/**
 * The tables of a ServiceNow export this format reads, each told apart by its columns, with the columns
 * it knows and the kind of observation its rows become. Labels follow the out-of-box dictionary; a
 * column may also be headed by its element name.
 */
enum SnTable {

    /** {@code sys_audit}: one row per changed field of a record: the history with a time for each change. */
    AUDIT("sys_audit", "audit-entry", List.of(
            SnColumn.text("documentkey", "Document key", "Document Key"),
            SnColumn.text("fieldname", "Field name", "Field Name"),
            SnColumn.text("tablename", "Table name", "Table Name"),
            SnColumn.text("oldvalue", "Old value", "Old Value"),
            SnColumn.text("newvalue", "New value", "New Value"),
            SnColumn.text("user", "User"),
            SnColumn.time("sys_created_on", "Created", "Sys created on"),
            SnColumn.text("record_checkpoint", "Record checkpoint", "Record Checkpoint"),
            SnColumn.text("internal_checkpoint", "Internal checkpoint"),
            SnColumn.text("reason", "Reason"),
            SnColumn.text("sys_id", "Sys ID", "Sys Id"))),

    /** {@code sys_journal_field}: comments (seen by the caller) and work notes (private). */
    JOURNAL("sys_journal_field", "journal-entry", List.of(
            SnColumn.text("element_id", "Element ID", "Element Id"),
            SnColumn.text("element", "Element"),
            SnColumn.text("name", "Table name", "Name"),
            SnColumn.text("value", "Value"),
            SnColumn.time("sys_created_on", "Created", "Sys created on"),
            SnColumn.text("sys_created_by", "Created by", "Sys created by"),
            SnColumn.text("sys_id", "Sys ID", "Sys Id"))),

    /** {@code metric_instance}: how long a field held each value ("Incident State Duration"). */
    METRIC("metric_instance", "metric-instance", List.of(
            SnColumn.text("definition", "Definition"),
            SnColumn.text("id", "ID", "Id"),
            SnColumn.text("table", "Table"),
            SnColumn.text("field", "Field"),
            SnColumn.text("value", "Value"),
            SnColumn.time("start", "Start"),
            SnColumn.time("end", "End"),
            SnColumn.text("duration", "Duration"),
            SnColumn.text("calculation_complete", "Calculation complete"),
            SnColumn.text("sys_id", "Sys ID", "Sys Id"))),

    /** {@code task_sla}: ServiceNow's own SLA records: kept as its claims. */
    TASK_SLA("task_sla", "task-sla", List.of(
            SnColumn.text("task", "Task"),
            SnColumn.text("sla", "SLA definition", "SLA Definition", "SLA"),
            SnColumn.text("stage", "Stage"),
            SnColumn.text("has_breached", "Has breached", "Breached"),
            SnColumn.text("active", "Active"),
            SnColumn.time("start_time", "Start time"),
            SnColumn.time("end_time", "Stop time", "End time"),
            SnColumn.time("planned_end_time", "Breach time", "Planned end time"),
            SnColumn.time("original_breach_time", "Original breach time"),
            SnColumn.text("duration", "Actual elapsed time"),
            SnColumn.text("percentage", "Actual elapsed percentage"),
            SnColumn.text("time_left", "Actual time left"),
            SnColumn.text("business_duration", "Business elapsed time"),
            SnColumn.text("business_percentage", "Business elapsed percentage"),
            SnColumn.text("business_time_left", "Business time left"),
            SnColumn.text("pause_duration", "Pause duration"),
            SnColumn.text("business_pause_duration", "Business pause duration"),
            SnColumn.time("pause_time", "Pause time"),
            SnColumn.text("sys_mod_count", "Updates"),
            SnColumn.time("sys_updated_on", "Updated"),
            SnColumn.text("sys_id", "Sys ID", "Sys Id"))),

    /** The incident list: one row per incident as it stood when exported. */
    INCIDENT("incident list", "incident", List.of(
            SnColumn.text("number", "Number"),
            SnColumn.text("sys_id", "Sys ID", "Sys Id"),
            SnColumn.time("opened_at", "Opened"),
            SnColumn.time("sys_created_on", "Created"),
            SnColumn.time("sys_updated_on", "Updated"),
            SnColumn.text("sys_mod_count", "Updates"),
            SnColumn.text("state", "State"),
            SnColumn.text("incident_state", "Incident state", "Incident State"),
            SnColumn.text("hold_reason", "On hold reason", "On Hold Reason"),
            SnColumn.text("priority", "Priority"),
            SnColumn.text("impact", "Impact"),
            SnColumn.text("urgency", "Urgency"),
            SnColumn.text("assignment_group", "Assignment group", "Assignment Group"),
            SnColumn.text("assigned_to", "Assigned to", "Assigned To"),
            SnColumn.text("caller_id", "Caller"),
            SnColumn.text("caller_id.user_name", "Caller.User ID"),
            SnColumn.text("short_description", "Short description", "Short Description"),
            SnColumn.text("description", "Description"),
            SnColumn.text("category", "Category"),
            SnColumn.text("subcategory", "Subcategory"),
            SnColumn.text("cmdb_ci", "Configuration item", "Configuration Item"),
            SnColumn.text("contact_type", "Channel", "Contact type"),
            SnColumn.text("correlation_id", "Correlation ID"),
            SnColumn.text("correlation_display", "Correlation display"),
            SnColumn.text("vendor_ticket", "Vendor ticket", "u_vendor_ticket", "Vendor reference"),
            SnColumn.time("resolved_at", "Resolved"),
            SnColumn.time("closed_at", "Closed"),
            SnColumn.text("reopen_count", "Reopen count"),
            SnColumn.time("reopened_time", "Last reopened at", "Reopened"),
            SnColumn.time("first_response", "First response", "u_first_response", "Responded", "u_responded_at",
                    "response", "Response"),
            SnColumn.text("made_sla", "Made SLA"),
            SnColumn.time("sla_due", "SLA due"),
            SnColumn.text("business_duration", "Business duration"),
            SnColumn.text("calendar_duration", "Duration"),
            SnColumn.text("business_stc", "Business resolve time"),
            SnColumn.text("calendar_stc", "Resolve time")));

    private final String title;
    private final String kind;
    private final List<SnColumn> columns;

    SnTable(String title, String kind, List<SnColumn> columns) {
        this.title = title;
        this.kind = kind;
        this.columns = columns;
    }

    /** The table's name in messages ({@code sys_audit}, "incident list"). */
    String title() {
        return title;
    }

    /** The kind of observation a row becomes. */
    String kind() {
        return kind;
    }

    /** The columns this table may have. */
    List<SnColumn> columns() {
        return columns;
    }

    /** The column of {@code element} in this table's list. */
    SnColumn column(String element) {
        return columns.stream().filter(c -> c.element().equals(element)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + element + " in " + this));
    }

    /** Which table an export holds, by its columns. */
    static Optional<SnTable> of(ExportTable table) {
        if (has(table, AUDIT, "documentkey") && has(table, AUDIT, "fieldname")) {
            return Optional.of(AUDIT);
        }
        if (has(table, JOURNAL, "element_id") && has(table, JOURNAL, "element")) {
            return Optional.of(JOURNAL);
        }
        if (has(table, METRIC, "definition") && has(table, METRIC, "field") && has(table, METRIC, "start")) {
            return Optional.of(METRIC);
        }
        if (has(table, TASK_SLA, "sla") && has(table, TASK_SLA, "stage") && has(table, TASK_SLA, "task")) {
            return Optional.of(TASK_SLA);
        }
        if (has(table, INCIDENT, "number")) {
            return Optional.of(INCIDENT);
        }
        return Optional.empty();
    }

    /** The kind of observation of each table, for normalising. */
    static Optional<SnTable> ofKind(String kind) {
        for (SnTable table : values()) {
            if (table.kind.equals(kind)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    private static boolean has(ExportTable table, SnTable kind, String element) {
        return table.has(kind.column(element).names());
    }
}

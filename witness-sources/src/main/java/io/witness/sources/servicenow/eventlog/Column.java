package io.witness.sources.servicenow.eventlog;

import java.util.List;
import java.util.Set;

/** The columns of the log that the format reads or checks; any others are kept as they are. */
final class Column {

    static final String NUMBER = "number";
    static final String STATE = "incident_state";
    static final String REOPEN_COUNT = "reopen_count";
    static final String MOD_COUNT = "sys_mod_count";
    static final String MADE_SLA = "made_sla";
    static final String CALLER = "caller_id";
    static final String OPENED_AT = "opened_at";
    static final String UPDATED_AT = "sys_updated_at";
    static final String CONTACT_TYPE = "contact_type";
    static final String CATEGORY = "category";
    static final String SUBCATEGORY = "subcategory";
    static final String SYMPTOM = "u_symptom";
    static final String CI = "cmdb_ci";
    static final String IMPACT = "impact";
    static final String URGENCY = "urgency";
    static final String PRIORITY = "priority";
    static final String GROUP = "assignment_group";

    /** Without these the timeline cannot be rebuilt. */
    static final List<String> REQUIRED = List.of(NUMBER, STATE, REOPEN_COUNT, MOD_COUNT, MADE_SLA, CALLER, OPENED_AT, UPDATED_AT,
            CONTACT_TYPE, CATEGORY, SUBCATEGORY, SYMPTOM, CI, IMPACT, URGENCY, PRIORITY, GROUP);

    /** Written {@code true} or {@code false}; kept as JSON booleans. */
    static final Set<String> BOOLEANS = Set.of("active", MADE_SLA, "knowledge", "u_priority_confirmation");

    /** Whole numbers; kept as JSON numbers. */
    static final Set<String> COUNTS = Set.of("reassignment_count", REOPEN_COUNT, MOD_COUNT);

    /** Times as {@code d/M/yyyy HH:mm}; kept as written. */
    static final Set<String> TIMES = Set.of(OPENED_AT, "sys_created_at", UPDATED_AT, "resolved_at", "closed_at");

    /** Cells that say "no value": the log writes {@code ?}; an empty cell means the same. */
    static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.equals("?");
    }

    private Column() {
    }
}

package io.witness.core.register;

/** What sort of service gap a finding is, in the register's three groups. */
public enum GapCategory {
    MISSED_SLA("missed-sla", "contractual failure"),
    UNDELIVERED_SERVICE("undelivered-service", "contractual failure"),
    REPORTING_FAILURE("reporting-failure", "contractual failure"),
    SKIPPED_MAINTENANCE("skipped-maintenance", "contractual failure"),
    RECURRING_PROBLEM("recurring-problem", "quality deficiency"),
    INCOMPLETE_FIX("incomplete-fix", "quality deficiency"),
    POOR_COMMUNICATION("poor-communication", "quality deficiency"),
    BUSINESS_IMPACT_EVENT("business-impact-event", "business impact event");

    private final String wireName;
    private final String group;

    GapCategory(String wireName, String group) {
        this.wireName = wireName;
        this.group = group;
    }

    /** {@code missed-sla}, {@code incomplete-fix}… */
    public String wireName() {
        return wireName;
    }

    /** {@code contractual failure}, {@code quality deficiency} or {@code business impact event}. */
    public String group() {
        return group;
    }
}

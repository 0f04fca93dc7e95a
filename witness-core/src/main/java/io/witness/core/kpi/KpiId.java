package io.witness.core.kpi;

/**
 * Each KPI Witness computes, by the id that docs/kpis.md defines it under. The id is the definition: a
 * figure labelled {@code first-time-fix} follows exactly the rule written there.
 */
public enum KpiId {
    MTTR_RESPONSE("mttr-response", "Time to respond (business time)", Kind.DURATIONS, Polarity.LOWER_IS_BETTER),
    MTTR_RESOLUTION("mttr-resolution", "Time to resolve (business time)", Kind.DURATIONS, Polarity.LOWER_IS_BETTER),
    SLA_ATTAINMENT("sla-attainment", "SLA attainment", Kind.RATE, Polarity.HIGHER_IS_BETTER),
    FIRST_TIME_FIX("first-time-fix", "First-time fix rate", Kind.RATE, Polarity.HIGHER_IS_BETTER),
    REOPEN_RATE("reopen-rate", "Reopen rate", Kind.RATE, Polarity.LOWER_IS_BETTER),
    REPEAT_CI_30D("repeat-ci-30d", "Repeat incidents, same configuration item within 30 days", Kind.RATE,
            Polarity.LOWER_IS_BETTER),
    REPEAT_CI_60D("repeat-ci-60d", "Repeat incidents, same configuration item within 60 days", Kind.RATE,
            Polarity.LOWER_IS_BETTER),
    REPEAT_CATEGORY_30D("repeat-category-30d", "Repeat incidents, same category within 30 days", Kind.RATE,
            Polarity.LOWER_IS_BETTER),
    REPEAT_CATEGORY_60D("repeat-category-60d", "Repeat incidents, same category within 60 days", Kind.RATE,
            Polarity.LOWER_IS_BETTER),
    PROACTIVE_SHARE("proactive-share", "Proactive share (found by monitoring, of monitoring and users)", Kind.RATE,
            Polarity.HIGHER_IS_BETTER),
    ESCALATION_TIME_L2("escalation-time-l2", "Time to reach tier 2 (business time)", Kind.DURATIONS,
            Polarity.LOWER_IS_BETTER),
    ESCALATION_TIME_L3("escalation-time-l3", "Time to reach tier 3 (business time)", Kind.DURATIONS,
            Polarity.LOWER_IS_BETTER),
    TIER1_RESOLUTION("tier1-resolution", "Resolved at tier 1", Kind.RATE, Polarity.HIGHER_IS_BETTER),
    RESOLVED_BY_TIER("resolved-by-tier", "Resolved cases by highest tier", Kind.COUNT, Polarity.NEUTRAL),
    VOLUME("volume", "Cases opened", Kind.COUNT, Polarity.NEUTRAL),
    VOLUME_BY_CATEGORY("volume-by-category", "Cases opened by category", Kind.COUNT, Polarity.NEUTRAL),
    BACKLOG("backlog", "Open cases at the period's end, by age", Kind.COUNT, Polarity.LOWER_IS_BETTER),
    BACKLOG_AGE("backlog-age", "Age of open cases at the period's end (wall time)", Kind.DURATIONS,
            Polarity.LOWER_IS_BETTER);

    /** The kind of value a KPI has. */
    public enum Kind {
        RATE,
        DURATIONS,
        COUNT
    }

    /** Which way is better, so a change can be called better or worse. */
    public enum Polarity {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER,
        NEUTRAL
    }

    private final String wireName;
    private final String title;
    private final Kind kind;
    private final Polarity polarity;

    KpiId(String wireName, String title, Kind kind, Polarity polarity) {
        this.wireName = wireName;
        this.title = title;
        this.kind = kind;
        this.polarity = polarity;
    }

    /** The id in files and docs/kpis.md: {@code first-time-fix}. */
    public String wireName() {
        return wireName;
    }

    /** Its name for a reader. */
    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    public Polarity polarity() {
        return polarity;
    }
}

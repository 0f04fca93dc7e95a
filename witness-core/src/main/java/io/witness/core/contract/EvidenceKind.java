package io.witness.core.contract;

/** The kind of evidence that proves an obligation was kept; importers of later issues bring it in. */
public enum EvidenceKind {
    /** The report itself, with the date it was received. */
    REPORT_RECEIVED("report_received"),
    /** Minutes or an invitation with attendees of a meeting held. */
    MEETING_MINUTES("meeting_minutes"),
    /** The log of a restore test: what was restored, when, whether it worked. */
    RESTORE_TEST_LOG("restore_test_log"),
    /** The patch management tool's report: each patch, its release and install dates per device. */
    PATCH_REPORT("patch_report"),
    /** The backup tool's job report: each job, its system, time and outcome. */
    BACKUP_JOB_REPORT("backup_job_report"),
    /** A log of maintenance tasks done (RMM task history, a checklist). */
    MAINTENANCE_LOG("maintenance_log"),
    /** A snapshot of configuration (firewall rules, group policies) taken at a date. */
    CONFIG_SNAPSHOT("config_snapshot"),
    /** The result of checking systems against a security baseline. */
    SECURITY_BASELINE_CHECK("security_baseline_check"),
    /** A record that documentation was reviewed: the pages, the reviewer, the date. */
    DOCUMENTATION_REVIEW_LOG("documentation_review_log");

    private final String wireName;

    EvidenceKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}

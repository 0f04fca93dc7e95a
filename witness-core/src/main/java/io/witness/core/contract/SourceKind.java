package io.witness.core.contract;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of system a source is: a ticket system whose statuses and priorities the contract maps, or
 * a system that holds other evidence (backup jobs, patch reports, the provider's monthly figures).
 */
public enum SourceKind {
    SERVICENOW("servicenow", true),
    JIRA_SERVICE_MANAGEMENT("jira_service_management", true),
    CONNECTWISE_PSA("connectwise_psa", true),
    AUTOTASK("autotask", true),
    HALOPSA("halopsa", true),
    /** A ticket tracker kept as a spreadsheet (CSV or Excel export). */
    SPREADSHEET("spreadsheet", true),
    /** Any other ticket system; its records come in as exports. */
    OTHER_TICKETS("other_tickets", true),
    /** The provider's monthly report, its figures typed in. */
    MONTHLY_REPORT("monthly_report", false),
    RMM("rmm", false),
    BACKUP("backup", false),
    PATCH_MANAGEMENT("patch_management", false),
    DOCUMENTATION("documentation", false),
    /** Any other evidence. */
    OTHER("other", false);

    private final String wireName;
    private final boolean holdsTickets;

    SourceKind(String wireName, boolean holdsTickets) {
        this.wireName = wireName;
        this.holdsTickets = holdsTickets;
    }

    public String wireName() {
        return wireName;
    }

    /** True for ticket systems, whose statuses and priorities the contract maps. */
    public boolean holdsTickets() {
        return holdsTickets;
    }

    public static Optional<SourceKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}

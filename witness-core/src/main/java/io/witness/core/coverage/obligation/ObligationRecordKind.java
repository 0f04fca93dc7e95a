package io.witness.core.coverage.obligation;

import java.util.Arrays;
import java.util.Optional;

/** What an obligation record shows was done. */
public enum ObligationRecordKind {
    /** A monthly report was received. */
    MONTHLY_REPORT("monthly_report"),
    /** A business review (QBR) was held. */
    BUSINESS_REVIEW("qbr"),
    /** A preventive maintenance task was done (a recurring ticket, separate from user tickets). */
    MAINTENANCE("maintenance"),
    /** A document (network diagram, runbook) was reviewed or updated. */
    DOCUMENTATION("documentation");

    private final String wireName;

    ObligationRecordKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ObligationRecordKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}

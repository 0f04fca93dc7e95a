package io.witness.core.coverage.obligation;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ObligationId;
import io.witness.core.coverage.CoverageFixtures;
import io.witness.core.finding.EvidenceRef;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** The obligations of the obligation rules' tests, and records built by what they show. */
final class ObligationRecords {

    static final Contract CONTRACT = CoverageFixtures.withObligations("""
            - { id: monthly-report, kind: monthly_report, section: "5.1", due_day: 10, evidence: report_received }
            - { id: qbr, kind: qbr, section: "5.2", cadence: quarterly, evidence: meeting_minutes }
            - { id: disk-health, kind: preventive_maintenance, section: "7.5", task: Check server disk health, cadence: weekly, systems: [pms-db, files], evidence: maintenance_log }
            - { id: firewall-firmware, kind: preventive_maintenance, section: "7.5", task: Review firewall firmware, cadence: monthly, evidence: maintenance_log }
            - { id: documentation, kind: documentation_review, section: "5.3", cadence: biannual, evidence: documentation_review_log }
            """);

    private ObligationRecords() {
    }

    static ObligationRecord report(String month, String received) {
        return new ObligationRecord(ObligationRecordKind.MONTHLY_REPORT, Optional.empty(), LocalDate.parse(received),
                Optional.of(YearMonth.parse(month)), "", "", "", "", "", EvidenceRef.file("obligations.csv:report-" + month));
    }

    static ObligationRecord review(String held) {
        return new ObligationRecord(ObligationRecordKind.BUSINESS_REVIEW, Optional.of(new ObligationId("qbr")), LocalDate.parse(held),
                Optional.empty(), "", "", "", "", "", EvidenceRef.file("obligations.csv:qbr-" + held));
    }

    static ObligationRecord maintenance(String obligation, String task, String system, String done) {
        return new ObligationRecord(ObligationRecordKind.MAINTENANCE, Optional.ofNullable(obligation).map(ObligationId::new),
                LocalDate.parse(done), Optional.empty(), system, task, "T" + done, "", "", EvidenceRef.file("obligations.csv:pm-" + done));
    }

    static ObligationRecord document(String name, String updated) {
        return new ObligationRecord(ObligationRecordKind.DOCUMENTATION, Optional.empty(), LocalDate.parse(updated), Optional.empty(), "", "",
                "", name, "", EvidenceRef.file("obligations.csv:doc-" + updated));
    }
}

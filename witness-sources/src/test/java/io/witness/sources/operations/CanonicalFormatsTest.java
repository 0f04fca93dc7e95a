package io.witness.sources.operations;

import static io.witness.sources.operations.Operational.evidence;
import static io.witness.sources.operations.Operational.parse;
import static io.witness.sources.operations.Operational.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Money;
import io.witness.core.contract.ObligationId;
import io.witness.core.contract.PatchSeverity;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.backup.RestoreResult;
import io.witness.core.coverage.baseline.BaselineResult;
import io.witness.core.coverage.cost.BenchmarkUnit;
import io.witness.core.coverage.obligation.ObligationRecordKind;
import io.witness.core.coverage.patch.PatchStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each canonical table format read and read back, and its own checks across columns. */
class CanonicalFormatsTest {

    @Test
    void restoreTestsSayWhoVerifiedThem() {
        RestoreTestsFormat format = new RestoreTestsFormat();
        CoverageEvidence evidence = evidence(format, parse(format, "restores.csv", """
                system,tested_at,result,datasets,restore_point,duration_minutes,verified_by,note
                SQL01,2026-01-12 10:00,success,sql-full,2026-01-11 22:00,95,Dr. Patel's practice manager,Opened 3 charts
                FS01,2026-05-20T09:00:00-04:00,partial,files,,,,Two shares restored of three
                """, "America/New_York"), "restores.csv");

        assertThat(evidence.restoreTests().get(0).testedAt()).isEqualTo(Instant.parse("2026-01-12T15:00:00Z"));
        assertThat(evidence.restoreTests().get(0).note()).isEqualTo("verified by Dr. Patel's practice manager; Opened 3 charts");
        assertThat(evidence.restoreTests().get(1).result()).isEqualTo(RestoreResult.PARTIAL);
    }

    @Test
    void patchesKeepTheirReleaseAndException() {
        PatchesFormat format = new PatchesFormat();
        CoverageEvidence evidence = evidence(format, parse(format, "patches.csv", """
                report_date,device,product,patch_id,title,severity,released,status,installed,exception_since,exception_reason
                2026-06-01,WS-FD-02,Windows 11 23H2,KB5034441,WinRE update,critical,2026-01-09,exception,,2026-01-15,Breaks the imaging bridge
                2026-06-01,WS-FD-02,Windows 11 23H2,KB5036893,2026-04 Cumulative Update,critical,2026-04-09,installed,2026-04-23,,
                """, null), "patches.csv");

        assertThat(evidence.patches().get(0).status()).isEqualTo(PatchStatus.EXCEPTION);
        assertThat(evidence.patches().get(0).exceptionSince()).contains(LocalDate.parse("2026-01-15"));
        assertThat(evidence.patches().get(1).severity()).isEqualTo(PatchSeverity.CRITICAL);
        assertThat(evidence.patches().get(1).installed()).contains(LocalDate.parse("2026-04-23"));
    }

    @Test
    void changesNameTheirDevicesAndWindow() {
        ChangesFormat format = new ChangesFormat();
        CoverageEvidence evidence = evidence(format, parse(format, "changes.csv", """
                change_id,devices,window_start,window_end,summary,status
                CHG0031,FW-PR2;FW-HQ,2026-04-16 18:00,2026-04-18 06:00,Vendor remote access for the imaging upgrade,approved
                """, "America/New_York"), "changes.csv");

        assertThat(evidence.changes().get(0).devices()).containsExactly("FW-PR2", "FW-HQ");
        assertThat(evidence.changes().get(0).windowEnd()).isEqualTo(Instant.parse("2026-04-18T10:00:00Z"));
        assertThat(problems(parse(format, "changes.csv", "change_id,devices,window_start,window_end\nCHG1,*,2026-04-18T06:00:00Z,"
                + "2026-04-16T18:00:00Z\n", null))).containsExactly("changes.csv:2:29: window_end: expected a time not before window_start "
                        + "2026-04-18T06:00:00Z; found 2026-04-16T18:00:00Z");
    }

    @Test
    void baselineChecksKeepTheirScope() {
        BaselineChecksFormat format = new BaselineChecksFormat();
        CoverageEvidence evidence = evidence(format, parse(format, "baseline.csv", """
                control,name,scope,checked_on,result,detail,checked_by
                MFA-ADMIN,MFA on admin accounts,,2026-05-28,fail,2 of 9 admin accounts without MFA,Northwind vCISO
                EDR,EDR present,WS-FD-02,2026-05-28,pass,,
                DISK-ENC,Disk encryption,,2026-05-28,not_applicable,,
                """, null), "baseline.csv");

        assertThat(evidence.baselineChecks()).extracting(c -> c.result()).containsExactly(BaselineResult.FAIL, BaselineResult.PASS,
                BaselineResult.NOT_APPLICABLE);
        assertThat(evidence.baselineChecks().get(1).scope()).isEqualTo("WS-FD-02");
    }

    @Test
    void obligationEvidenceSaysWhatEachKindNeeds() {
        ObligationEvidenceFormat format = new ObligationEvidenceFormat();
        CoverageEvidence evidence = evidence(format, parse(format, "obligations.csv", """
                kind,obligation,date,period,system,task,ticket,document,note
                monthly_report,monthly-report,2026-05-19,2026-04,,,,,PDF by email
                maintenance,disk-health,2026-05-26,,pms-db,,T20418,,
                documentation,,2025-11-02,,,,,Network diagram,
                qbr,,2026-04-21,,,,,,Q1 review held late
                """, null), "obligations.csv");

        assertThat(evidence.obligationRecords()).extracting(r -> r.kind()).containsExactly(ObligationRecordKind.MONTHLY_REPORT,
                ObligationRecordKind.MAINTENANCE, ObligationRecordKind.DOCUMENTATION, ObligationRecordKind.BUSINESS_REVIEW);
        assertThat(evidence.obligationRecords().get(0).period()).contains(YearMonth.parse("2026-04"));
        assertThat(evidence.obligationRecords().get(1).obligation()).contains(new ObligationId("disk-health"));
        assertThat(problems(parse(format, "obligations.csv", """
                kind,obligation,date,period,task,document
                monthly_report,monthly report,2026-05-19,,,
                maintenance,,2026-05-26,,,
                documentation,,2025-11-02,,,
                """, null))).containsExactly(
                "obligations.csv:2:16: obligation: expected an obligation id of the contract (a letter or digit, then letters, digits, '.', "
                        + "'_' or '-'); found 'monthly report'",
                "obligations.csv:2:42: period: expected the month the report covers (YYYY-MM) for a monthly_report; found nothing",
                "obligations.csv:3:13: obligation: expected the maintenance obligation's id, or its task in the task column; found neither",
                "obligations.csv:4:29: document: expected the document's name for a documentation update; found nothing");
    }

    @Test
    void marketPricesKeepTheirSourceAndCheckTheirRange() {
        MarketPricesFormat format = new MarketPricesFormat();
        CoverageEvidence evidence = evidence(format, parse(format, "market.csv", """
                msp_type,unit,size_min,size_max,low,median,high,currency,source,as_of
                managed-it,user,100,249,95.00,125.00,165.00,USD,Example survey,2026-03-01
                managed-it,device,1,,40,55,75,USD,Example survey,2026-03-01
                """, null), "market.csv");

        assertThat(evidence.marketPrices().get(0).unit()).isEqualTo(BenchmarkUnit.USER);
        assertThat(evidence.marketPrices().get(0).sizeMax()).contains(249);
        assertThat(evidence.marketPrices().get(1).sizeMax()).isEmpty();
        assertThat(evidence.marketPrices().get(1).high()).isEqualTo(Money.of("75.00", "USD"));
        assertThat(problems(parse(format, "market.csv", """
                msp_type,unit,size_min,size_max,low,median,high,currency,source,as_of
                managed-it,user,250,100,95.001,90,165,US$,Example,2026-03-01
                """, null))).containsExactly(
                "market.csv:2:21: size_max: expected a size not below size_min 250; found 100",
                "market.csv:2:32: median: expected low <= median <= high; found 95.001, 90, 165",
                "market.csv:2:39: currency: expected an ISO 4217 currency code such as USD or EUR; found 'US$'");
    }

    @Test
    void invoicesTieLinesToObligationsAndKeepTheirAmounts() {
        InvoicesFormat format = new InvoicesFormat();
        CoverageEvidence evidence = evidence(format, parse(format, "invoices.csv", """
                invoice,line,provider,issued,period,item,unit,quantity,unit_price,amount,currency,obligation
                NW-2026-05,1,northwind,2026-06-01,2026-05,Managed user,user,150,85.00,12750.00,USD,
                NW-2026-05,4,northwind,2026-06-01,2026-05,Backup and disaster recovery appliance,month,1,650.00,650.00,USD,backup
                """, null), "invoices.csv");

        assertThat(evidence.invoices().get(1).obligation()).contains(new ObligationId("backup"));
        assertThat(evidence.invoices().get(0).quantity()).isEqualByComparingTo(new BigDecimal("150"));
        assertThat(evidence.invoices().get(0).amount()).isEqualTo(Money.of("12750.00", "USD"));
        assertThat(problems(parse(format, "invoices.csv", """
                invoice,provider,issued,period,item,unit,quantity,amount,currency
                NW-1,northwind,2026-06-01,2026-05,Visit,hour,1,195.005,USD
                """, null))).containsExactly("invoices.csv:2:48: amount: expected at most 2 decimals for USD; found 195.005");
        assertThat(evidence(format, parse(format, "invoices.csv", "invoice,provider,issued,period,item,unit,quantity,amount,currency\n"
                + "NW-1,northwind,2026-06-01,2026-05,Visit,hour,1,195,USD\n", null), "invoices.csv").invoices().get(0).obligation())
                .isEqualTo(Optional.empty());
    }
}

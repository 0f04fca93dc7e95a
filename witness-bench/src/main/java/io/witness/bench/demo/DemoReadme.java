package io.witness.bench.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The demo example's README, with the plants' tickets and the expected figures filled in from the plan. */
final class DemoReadme {

    private DemoReadme() {
    }

    static String text(ExpectedFigures e) {
        StringBuilder r = new StringBuilder();
        r.append("""
                # The demo tenant: a year of Acme Dental Group and Northwind IT

                `./witness demo` audits this folder: the whole `./witness audit` pipeline (import every export into the
                ledger, reconcile both sides' tickets, the coverage audit, the signed report) on a year of a 150-person
                client and its MSP, as of %s. **Everything here is generated** by `witness-bench/generate-demo`
                (`io.witness.bench.demo.DemoTenantGenerator`, seed %d): do not edit it by hand, change the generator and
                run it again. The figures below and in `expected.yaml` are worked out from the generator's own plan
                (each ticket's delays are chosen in business minutes, so met or breached is known by construction; the
                credits by section 6's arithmetic; the findings from the plants), not by running Witness; a test
                (`DemoCommandTest`) runs the demo and checks the report against them.

                The parties and terms are those of `examples/dental-150` (Acme Dental Group, six practices and a head
                office in New Jersey; Northwind IT Services on ConnectWise PSA; Acme's own ServiceNow), with the
                contract's effective date moved to 1 November 2025 so the year falls inside it (`contract.yaml`).

                ## What is in `evidence/`

                | file | what it is |
                |---|---|
                | `incident.csv` | Acme's ServiceNow incident list export (display values, New York times, `sys_id`, the provider's ticket number in `correlation_id`) |
                | `sys_audit.csv` | the incidents' audit rows: every state change, hold reason and comment with its own time |
                | `connectwise-tickets.json`, `connectwise-audittrail.json`, `connectwise-notes.json` | Northwind's ConnectWise service tickets (REST, `externalXRef` = Acme's incident number), their audit trail and notes (the public notes are the replies), exported on 2 November 2026 |
                | `%s` | a second export of October's notes, two days later |
                | `assets.csv`, `backup-jobs.csv`, `restore-tests.csv`, `patches.csv`, `config-snapshots.jsonl`, `changes.csv`, `baseline-checks.csv`, `obligation-evidence.csv`, `invoices.csv`, `market-prices.csv`, `areas.csv` | the operational exports of the year in the formats of docs/coverage.md (market prices illustrative, not a survey) |
                | `manifest.yaml` | what the audit imports, with which format, side and zone |

                """.formatted(DemoTenantGenerator.NOW, DemoTenantGenerator.SEED, DemoTenantGenerator.REWRITE_EXPORT));
        r.append("The tickets: ").append(e.tickets.size()).append(" cases from 1 November 2025 to 31 October 2026 (")
                .append(List.of("P1", "P2", "P3", "P4").stream()
                        .map(p -> e.tickets.stream().filter(t -> t.priority().equals(p)).count() + " " + p).collect(Collectors.joining(", ")))
                .append("), four to ten a business day, most between 9:00 and 16:00, some in the evening and at weekends; a fifth of the "
                        + "P3 and P4 tickets wait on the caller a while (ServiceNow On Hold - Awaiting Caller, ConnectWise Waiting Client "
                        + "Response, at the same times); every P1 is updated at least hourly. About 3 % of P3 and P4 tickets are late at "
                        + "random; no P1 or P2 is late except where planted. Both sides store each other's ticket number except on ")
                .append(e.unreferenced()).append(" tickets, which the fuzzy rules match (same caller, same title, same opening).\n\n");
        r.append("## The gaps planted, and what the audit must say\n\n");
        r.append("| plant | tickets | expected |\n|---|---|---|\n");
        plant(r, e, "credit-month-late-response", "February 2026: Northwind's help desk fell behind; five P2 answered 70-140 business minutes late",
                "a missed response each (`sla-breach`, missed SLA)");
        plant(r, e, "credit-month-late-resolution", "February 2026: two P2 resolved after more than 8 business hours",
                "a missed resolution each; with the five above, February's P1-P2 attainment falls below the tiers of section 6.2");
        plant(r, e, "p1-response-late", "a P1 at 02:10 on a Saturday answered after 47 minutes (30 guaranteed, around the clock)",
                "a missed response");
        plant(r, e, "p1-resolution-late", "a P1 (the Dentrix database down) resolved after 5 h 15 min (4 h guaranteed)",
                "a missed resolution and USD 500 under section 6.3");
        plant(r, e, "psa-entered-late", "the PSA ticket entered 40-60 minutes after Acme logged the call, and In Progress in the PSA while "
                + "ServiceNow still says New", "two `clock-disagreement`s each (response and resolution: the PSA's clocks start late); "
                + "the two P2 miss their response on the witnessed timeline (which starts when Acme logged it) though the PSA says met");
        plant(r, e, "response-backdated", "the first reply told at 12:10 in the first export and moved to 11:05 in the later one",
                "a `history-rewrite`, a `clock-disagreement` (the PSA now says met, ServiceNow breached) and a missed response: the "
                + "witnessed timeline counts the reply as first told");
        plant(r, e, "provider-never-recorded", "an incident the e-bond never delivered: no ConnectWise ticket, no reply; the caller "
                + "closed it herself three days later", "a `one-sided-case` (undelivered service) and a missed response and resolution");
        plant(r, e, "client-never-recorded", "a monitoring alert Northwind worked that Acme's ServiceNow never saw",
                "a `one-sided-case` (reporting failure, low)");
        plant(r, e, "no-reference", "neither side stores the other's number", "matched by the fuzzy rules: no finding");
        plant(r, e, "recurring", "the same problem again and again: Dentrix slow at Practice 3 (seven times, March to May), the Dexis "
                + "sensor of operatory 4 at Practice 1 (five times, July to September)", "the patterns section names them; no finding");
        r.append('\n');
        r.append("Operational gaps (coverage findings, audit date ").append(OperationsFiles.AUDIT_DATE).append("):\n\n");
        r.append("| gap | expected |\n|---|---|\n");
        r.append("| IMG01's backups failed four nights in a row, 10-13 August 2026 (Datto datastore full) | `backup-failing` 1; "
                + "`paid-not-delivered` 1: ").append(OperationsFiles.augustBackupNotDelivered())
                .append(" USD of August's 650.00 USD backup line (4 of 155 system-nights) |\n");
        r.append("| the Dentrix restore test due in September was skipped: last success 16 June, ")
                .append(OperationsFiles.daysSinceLastPmsRestore()).append(" days before the audit (every 90 days, section 7.4) | `restore-test-overdue` 1 |\n");
        r.append("| WS-PR3-07 has failed July's critical cumulative update since the August report (110 days on 1 November; 14 allowed); "
                + "IMG01 has missed August's high .NET update since September (82 days; 30 allowed) | `patch-lag` 2 |\n");
        r.append("| an RDP rule to 10.20.0.15:3389 appeared on FW-PR2 in June with no change record; a new local admin on SQL01 in May "
                + "is covered by CHG0042 (information) | `config-drift` 2 |\n");
        r.append("| MFA missing on an admin account in the October baseline check | `baseline-control-failing` 1 |\n");
        r.append("| the weekly disk checks skipped three weeks of July, on each of the four servers | `maintenance-skipped` 4 |\n");
        r.append("| March's monthly report came on 24 April (due the 10th) | `monthly-report-late` 1 |\n");
        r.append("| no quarterly review in Q2 2026 | `qbr-missed` 1 |\n\n");
        r.append("## Expected figures (`expected.yaml`)\n\n");
        r.append("| figure | expected |\n|---|---|\n");
        r.append("| cases | ").append(e.tickets.size()).append(" |\n");
        r.append("| witnessed clocks counted / met | ").append(e.counted()).append(" / ").append(e.met()).append(" |\n");
        r.append("| **SLA attainment** | **").append(e.attainment()).append("** |\n");
        r.append("| **credits owed** | **").append(DemoTenantGenerator.money(e.creditTotal())).append("** |\n");
        r.append("| **findings** (the service-gap register) | **").append(e.findings()).append("** |\n");
        e.findingsByKind.forEach((k, n) -> r.append("| findings of kind `").append(k).append("` | ").append(n).append(" |\n"));
        e.findingsByCategory.forEach((k, n) -> r.append("| findings in category ").append(k).append(" | ").append(n).append(" |\n"));
        r.append("| coverage findings | ").append(OperationsFiles.expectedFindings().values().stream().mapToInt(Integer::intValue).sum())
                .append(" |\n\n");
        r.append("Credits (section 6) by month: P1-P2 response and resolution clocks by the month they stopped (met / counted); "
                + "5 / 10 / 15 % of the 15,150.00 USD fee below 95 / 90 / 85 % with at least 10 clocks; 500.00 USD a late P1 "
                + "resolution; at most 20 % of the fee a month.\n\n");
        r.append("| month | P1-P2 clocks met / counted | attainment | credit |\n|---|---|---|---|\n");
        e.creditClocks.forEach((m, t) -> r.append("| ").append(m).append(" | ").append(t[1]).append(" / ").append(t[0]).append(" | ")
                .append(String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * t[1] / t[0])).append(" | ")
                .append(DemoTenantGenerator.money(e.credits.getOrDefault(m, java.math.BigDecimal.ZERO))).append(" |\n"));
        r.append("""

                ## Run it

                ```sh
                ./witness demo                      # this folder, into ./witness-data, report in ./witness-demo
                ./witness audit --contract examples/demo/contract.yaml --evidence examples/demo/evidence \\
                    --now %s --data witness-data --out witness-demo
                witness-bench/generate-demo         # write this folder again (the same bytes)
                ```
                """.formatted(DemoTenantGenerator.NOW));
        return r.toString();
    }

    private static void plant(StringBuilder r, ExpectedFigures e, String plant, String what, String expected) {
        List<String> ids = e.tickets.stream().filter(t -> t.plant().equals(plant))
                .map(t -> t.client() ? t.number() + (t.provider() ? " / " + t.psaId() : "") : String.valueOf(t.psaId())).toList();
        r.append("| ").append(what).append(" | ").append(String.join(", ", ids)).append(" | ").append(expected).append(" |\n");
    }

}

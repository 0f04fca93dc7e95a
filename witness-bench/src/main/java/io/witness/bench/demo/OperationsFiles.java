package io.witness.bench.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exports that make no tickets, for the demo year (audit date {@link #AUDIT_DATE}): inventory, a
 * nightly backup of the five systems of section 7.2, restore tests, monthly patch reports, monthly
 * configuration snapshots, changes, quarterly baseline checks, obligation evidence, invoices and market
 * prices; each file's text by name. The gaps planted in them, and the coverage findings each must give, are
 * {@link #expectedFindings}.
 */
final class OperationsFiles {

    static final LocalDate AUDIT_DATE = LocalDate.of(2026, 11, 13);
    static final LocalDate FIRST = TicketPlan.FIRST;
    static final List<String> BACKED_UP = List.of("SQL01", "APP01", "IMG01", "FS01", "m365");
    static final LocalDate IMAGING_FAILS_FROM = LocalDate.of(2026, 8, 10);
    static final int IMAGING_FAILED_NIGHTS = 4;
    static final List<LocalDate> DISK_CHECK_SKIPPED_WEEKS = List.of(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 13),
            LocalDate.of(2026, 7, 20));
    private static final List<String> WORKSTATIONS = List.of("WS-HQ-01", "WS-HQ-02", "WS-PR1-04", "WS-PR2-01", "WS-PR3-07", "WS-PR4-02",
            "WS-PR5-01", "WS-PR6-03");
    private static final List<String> FIREWALLS = List.of("FW-HQ", "FW-PR1", "FW-PR2", "FW-PR3", "FW-PR4", "FW-PR5", "FW-PR6");

    private OperationsFiles() {
    }

    /** Each coverage finding kind the plants give, with how many. */
    static Map<String, Integer> expectedFindings() {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        kinds.put("backup-failing", 1);            // IMG01, 10-13 August 2026
        kinds.put("paid-not-delivered", 1);        // August's backup line: 4 of 155 system-nights
        kinds.put("restore-test-overdue", 1);      // SQL01: September's test skipped
        kinds.put("patch-lag", 2);                 // WS-PR3-07 (critical, July), IMG01 (high, August)
        kinds.put("config-drift", 2);              // FW-PR2's RDP rule (no change); SQL01's new admin (CHG0042, information)
        kinds.put("baseline-control-failing", 1);  // MFA-ADMIN, October check
        kinds.put("maintenance-skipped", 4);       // disk-health: three weeks of July, on each of the four servers
        kinds.put("monthly-report-late", 1);       // March's report, received 24 April
        kinds.put("qbr-missed", 1);                // no review in Q2 2026
        return kinds;
    }

    /** The share of August's backup line not delivered: failed system-nights over all of them, in USD. */
    static String augustBackupNotDelivered() {
        java.math.BigDecimal share = java.math.BigDecimal.valueOf(IMAGING_FAILED_NIGHTS)
                .divide(java.math.BigDecimal.valueOf(BACKED_UP.size() * 31L), 10, java.math.RoundingMode.HALF_UP);
        return new java.math.BigDecimal("650.00").multiply(share).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("assets.csv", assets());
        files.put("backup-jobs.csv", backups());
        files.put("restore-tests.csv", restores());
        files.put("patches.csv", patches());
        files.put("config-snapshots.jsonl", snapshots());
        files.put("changes.csv", """
                change_id,devices,window_start,window_end,summary,status
                CHG0031,FW-HQ,2026-03-20 21:00,2026-03-20 23:00,FortiOS 7.4.4 upgrade on the head office firewall,completed
                CHG0042,SQL01;APP01,2026-05-09 20:00,2026-05-10 06:00,Dentrix G7.3 upgrade (adds the dentrix-svc service account),completed
                """);
        files.put("baseline-checks.csv", baseline());
        files.put("obligation-evidence.csv", obligations());
        files.put("invoices.csv", invoices());
        files.put("market-prices.csv", """
                msp_type,unit,size_min,size_max,low,median,high,currency,source,as_of
                managed-it,user,50,249,95.00,125.00,165.00,USD,"Illustrative ranges for the Witness examples, not a market survey",2026-03-01
                managed-it,device,1,,40.00,55.00,75.00,USD,"Illustrative ranges for the Witness examples, not a market survey",2026-03-01
                """);
        files.put("areas.csv", """
                category,area
                Dentrix,business applications
                Imaging,business applications
                Network,incident response
                Email,incident response
                Hardware,incident response
                Software,incident response
                Security,security operations
                Accounts,user onboarding and offboarding
                """);
        return files;
    }

    private static String assets() {
        StringBuilder s = new StringBuilder("system,name,criticality,contract_asset,kind,aliases,location\n");
        s.append("SQL01,Dentrix Enterprise database server (SQL Server 2022),critical,pms-db,server,sql01.acmedental.local,Head office\n");
        s.append("APP01,Dentrix Enterprise application server,high,pms-app,server,app01.acmedental.local,Head office\n");
        s.append("IMG01,Dexis imaging server and archive,critical,imaging,server,img01.acmedental.local,Head office\n");
        s.append("FS01,Head office file server,high,file-server,server,fs01.acmedental.local,Head office\n");
        s.append("m365,\"Microsoft 365 tenant (Exchange Online, SharePoint, Teams)\",high,m365,saas,acmedental.onmicrosoft.com,Cloud\n");
        for (String fw : FIREWALLS) {
            String site = fw.equals("FW-HQ") ? "Head office" : "Practice " + fw.charAt(fw.length() - 1);
            s.append(fw).append(",FortiGate firewall,medium,firewalls,firewall,,").append(site).append('\n');
        }
        for (String ws : WORKSTATIONS) {
            s.append(ws).append(",Practice workstation,low,workstations,workstation,,\n");
        }
        return s.toString();
    }

    private static String backups() {
        StringBuilder s = new StringBuilder("system,job,run_id,started_at,ended_at,result,size_gb,message\n");
        int run = 0;
        for (LocalDate day = FIRST; day.isBefore(AUDIT_DATE); day = day.plusDays(1)) {
            for (int i = 0; i < BACKED_UP.size(); i++) {
                String system = BACKED_UP.get(i);
                boolean failed = system.equals("IMG01") && !day.isBefore(IMAGING_FAILS_FROM)
                        && day.isBefore(IMAGING_FAILS_FROM.plusDays(IMAGING_FAILED_NIGHTS));
                int hour = 21 + i / 2;
                String start = String.format("%s %02d:%02d", day, hour, (i % 2) * 30);
                String end = String.format("%s %02d:%02d", day, hour, (i % 2) * 30 + 25);
                s.append(system).append(',').append(system.equals("m365") ? "M365" : system + "-NIGHTLY").append(",DS-")
                        .append(++run).append(',').append(start).append(',').append(end).append(',')
                        .append(failed ? "failed,,Datto datastore full" : "success," + (40 + i * 90) + ",").append('\n');
            }
        }
        return s.toString();
    }

    private static String restores() {
        return """
                system,tested_at,result,datasets,restore_point,duration_minutes,verified_by,note
                SQL01,2025-12-10 10:00,success,sql-full,2025-12-09 21:00,90,"Maria Chen, practice manager",Three charts and the day sheet opened
                APP01,2026-02-11 14:00,success,image,2026-02-10 21:30,45,Northwind (J. Ortiz),Dentrix application started in the Datto sandbox
                SQL01,2026-03-12 10:00,success,sql-full,2026-03-11 21:00,95,"Maria Chen, practice manager",Three charts and the day sheet opened
                m365,2026-04-08 11:00,success,mailboxes,2026-04-07 23:00,30,Northwind (J. Ortiz),A deleted mailbox folder restored
                SQL01,2026-06-16 10:00,success,sql-full,2026-06-15 21:00,85,"Maria Chen, practice manager",Three charts and the day sheet opened
                FS01,2026-08-19 15:00,success,files,2026-08-18 22:00,40,Northwind (J. Ortiz),Finance share restored to a scratch folder
                IMG01,2026-08-20 15:00,success,files,2026-08-19 21:30,70,"Maria Chen, practice manager",Ten panoramic images opened in Dexis
                """;
    }

    /** Patch Tuesday of a month: its second Tuesday. */
    static LocalDate patchTuesday(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    private static String patches() {
        StringBuilder s = new StringBuilder("report_date,device,product,patch_id,title,severity,released,status,installed\n");
        List<String> devices = new java.util.ArrayList<>(List.of("SQL01", "APP01", "IMG01", "FS01"));
        devices.addAll(WORKSTATIONS);
        YearMonth failing = YearMonth.of(2026, 7);
        LocalDate dotNet = LocalDate.of(2026, 8, 11);
        for (YearMonth report = YearMonth.of(2025, 12); !report.isAfter(YearMonth.of(2026, 11)); report = report.plusMonths(1)) {
            LocalDate date = report.atDay(1);
            YearMonth previous = report.minusMonths(1);
            LocalDate released = patchTuesday(previous);
            for (String device : devices) {
                boolean server = !device.startsWith("WS");
                String product = server ? "Windows Server 2022" : "Windows 11 24H2";
                String kb = "KB50" + (server ? "6" : "5") + String.format("%02d", previous.getMonthValue()) + (previous.getYear() % 10);
                s.append(date).append(',').append(device).append(',').append(product).append(',').append(kb).append(',')
                        .append(previous).append(" Cumulative Update,critical,").append(released).append(",installed,")
                        .append(released.plusDays(4)).append('\n');
                if (device.equals("WS-PR3-07") && report.isAfter(failing)) {
                    LocalDate july = patchTuesday(failing);
                    s.append(date).append(",WS-PR3-07,Windows 11 24H2,KB5507026,2026-07 Cumulative Update,critical,").append(july)
                            .append(",failed,\n");
                }
                if (device.equals("IMG01") && report.isAfter(YearMonth.of(2026, 8))) {
                    s.append(date).append(",IMG01,.NET Framework 4.8.1,KB5064001,2026-08 Security Update for .NET Framework,high,")
                            .append(dotNet).append(",missing,\n");
                }
            }
        }
        return s.toString();
    }

    private static String snapshots() {
        StringBuilder s = new StringBuilder();
        String https = "{\"name\":\"HTTPS out\",\"action\":\"allow\",\"protocol\":\"tcp\",\"source\":\"10.20.0.0/16\",\"destination\":\"any\",\"port\":\"443\"}";
        String deny = "{\"name\":\"Deny inbound\",\"action\":\"deny\",\"protocol\":\"any\",\"source\":\"any\",\"destination\":\"10.20.0.0/16\"}";
        for (YearMonth m = YearMonth.of(2025, 11); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            String at = m.atDay(15) + "T02:00:00Z";
            boolean baseline = m.equals(YearMonth.of(2025, 11));
            String rdp = m.isBefore(YearMonth.of(2026, 6)) ? "" : ",\"allow tcp any -> 10.20.0.15:3389 (Vendor RDP)\"";
            s.append("{\"device\":\"FW-PR2\",\"taken_at\":\"").append(at).append('"').append(baseline ? ",\"baseline\":true" : "")
                    .append(",\"firewall_rules\":[").append(https).append(',').append(deny).append(rdp)
                    .append("],\"local_admins\":[\"admin\",\"northwind-noc\"],\"open_ports\":[\"udp/500\",\"udp/4500\"]}\n");
            String admin = m.isBefore(YearMonth.of(2026, 5)) ? "" : ",\"dentrix-svc\"";
            s.append("{\"device\":\"SQL01\",\"taken_at\":\"").append(at).append('"').append(baseline ? ",\"baseline\":true" : "")
                    .append(",\"local_admins\":[\"Administrator\",\"northwind-admin\"").append(admin)
                    .append("],\"services\":[\"MSSQLSERVER\",\"SentinelAgent\",\"DattoAgent\"]}\n");
        }
        return s.toString();
    }

    private static String baseline() {
        StringBuilder s = new StringBuilder("control,name,scope,checked_on,result,detail,checked_by\n");
        for (String date : List.of("2026-01-20", "2026-04-21", "2026-07-21", "2026-10-20")) {
            boolean october = date.startsWith("2026-10");
            s.append("MFA-ADMIN,MFA on every admin account,,").append(date).append(october
                    ? ",fail,1 of 11 admin accounts without MFA (nw-temp),Northwind vCISO\n" : ",pass,,Northwind vCISO\n");
            s.append("EDR,EDR present on every endpoint,,").append(date).append(",pass,,Northwind vCISO\n");
            s.append("BREAK-GLASS,Break-glass accounts listed and sealed,,").append(date).append(",pass,,Northwind vCISO\n");
            s.append("PHISH-TRAINING,Phishing training held this quarter,,").append(date).append(",pass,,Northwind vCISO\n");
        }
        return s.toString();
    }

    private static String obligations() {
        StringBuilder s = new StringBuilder("kind,obligation,date,period,system,task,ticket,document,note\n");
        for (YearMonth m = YearMonth.of(2025, 11); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            LocalDate received = m.equals(YearMonth.of(2026, 3)) ? LocalDate.of(2026, 4, 24) : m.plusMonths(1).atDay(6);
            s.append("monthly_report,monthly-report,").append(received).append(',').append(m).append(",,,,,PDF by email\n");
        }
        s.append("qbr,qbr,2026-01-22,,,,,,Quarterly review of Q4 2025\n");
        s.append("qbr,qbr,2026-07-23,,,,,,Quarterly review of Q2 2026 (none was held in Q2)\n");
        s.append("qbr,qbr,2026-10-20,,,,,,Quarterly review of Q3 2026\n");
        int ticket = 90000;
        for (LocalDate week = LocalDate.of(2025, 11, 3); week.isBefore(AUDIT_DATE); week = week.plusWeeks(1)) {
            if (!DISK_CHECK_SKIPPED_WEEKS.contains(week)) {
                s.append("maintenance,disk-health,").append(week.plusDays(1)).append(",,,,T").append(++ticket).append(",,\n");
            }
        }
        for (YearMonth m = YearMonth.of(2025, 11); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            s.append("maintenance,firewall-firmware,").append(m.atDay(20)).append(",,,,T").append(++ticket).append(",,\n");
        }
        s.append("documentation,documentation,2026-06-15,,,,,Network diagram,Visio diagram of the seven sites\n");
        s.append("documentation,documentation,2026-09-02,,,,,Runbook,Backup and restore runbook\n");
        return s.toString();
    }

    private static String invoices() {
        StringBuilder s = new StringBuilder("invoice,line,provider,issued,period,item,unit,quantity,unit_price,amount,currency,obligation\n");
        for (YearMonth m = YearMonth.of(2025, 11); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            String invoice = "NW-" + m;
            String issued = m.plusMonths(1).atDay(1).toString();
            s.append(invoice).append(",1,northwind,").append(issued).append(',').append(m)
                    .append(",\"Managed user (service desk, M365, endpoint security)\",user,150,85.00,12750.00,USD,\n");
            s.append(invoice).append(",2,northwind,").append(issued).append(',').append(m).append(",Managed server,server,4,175.00,700.00,USD,\n");
            s.append(invoice).append(",3,northwind,").append(issued).append(',').append(m)
                    .append(",\"Managed network site (firewall, switches, Wi-Fi)\",site,7,150.00,1050.00,USD,\n");
            s.append(invoice).append(",4,northwind,").append(issued).append(',').append(m)
                    .append(",Backup and disaster recovery appliance,month,1,650.00,650.00,USD,backup\n");
        }
        return s.toString();
    }

    static long daysSinceLastPmsRestore() {
        return ChronoUnit.DAYS.between(LocalDate.of(2026, 6, 16), AUDIT_DATE);
    }
}

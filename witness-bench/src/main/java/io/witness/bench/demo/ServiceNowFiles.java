package io.witness.bench.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The client's ServiceNow exports: the incident list (display values, New York times, with sys_id and
 * the provider's ticket number in correlation_id) and the incidents' sys_audit rows (raw codes), so every
 * state change and every comment has its own time.
 */
final class ServiceNowFiles {

    private static final String INTEGRATION = "northwind.integration";

    private ServiceNowFiles() {
    }

    static String incidents(List<PlannedTicket> tickets) {
        StringBuilder out = new StringBuilder(Csv.row(List.of("sys_id", "number", "state", "hold_reason", "priority", "impact",
                "urgency", "opened_at", "sys_updated_on", "sys_mod_count", "short_description", "caller_id", "category", "subcategory",
                "cmdb_ci", "assignment_group", "resolved_at", "closed_at", "reopen_count", "correlation_id", "correlation_display",
                "contact_type")));
        for (PlannedTicket t : tickets) {
            if (!t.client()) {
                continue;
            }
            int[] iu = t.impactUrgency();
            boolean ref = t.referenced() && t.provider();
            out.append(Csv.row(List.of(t.sysId(), t.number(), "Closed", "", priorityLabel(iu), level(iu[0]), level(iu[1]),
                    Csv.local(t.opened()), Csv.local(t.closed()), String.valueOf(audit(t).size()), t.title(), t.requester(), t.category(),
                    t.subcategory(), t.ci(), "Northwind IT", Csv.local(t.resolved()), Csv.local(t.closed()), "0",
                    ref ? String.valueOf(t.psaId()) : "", ref ? "ConnectWise" : "", t.channel())));
        }
        return out.toString();
    }

    static String audit(List<PlannedTicket> tickets) {
        StringBuilder out = new StringBuilder(Csv.row(List.of("sys_id", "tablename", "documentkey", "fieldname", "oldvalue",
                "newvalue", "user", "sys_created_on", "record_checkpoint")));
        for (PlannedTicket t : tickets) {
            if (t.client()) {
                for (List<String> row : audit(t)) {
                    out.append(Csv.row(row));
                }
            }
        }
        return out.toString();
    }

    private static List<List<String>> audit(PlannedTicket t) {
        List<List<String>> rows = new ArrayList<>();
        int[] iu = t.impactUrgency();
        String caller = t.requester().toLowerCase(Locale.ROOT).replace(' ', '.');
        int[] checkpoint = {0};
        // Each audit row has its own sys_id: the incident's with the row's number in place of its last four digits.
        Row row = (field, from, to, user, at) -> rows.add(List.of(t.sysId().substring(0, 28) + String.format("%04x", rows.size()),
                "incident", t.sysId(), field, from, to, user, Csv.local(at), String.valueOf(checkpoint[0])));
        checkpoint[0]++;
        row.add("state", "", "1", caller, t.opened());
        row.add("priority", "", String.valueOf(priorityCode(iu)), caller, t.opened());
        row.add("impact", "", String.valueOf(iu[0]), caller, t.opened());
        row.add("urgency", "", String.valueOf(iu[1]), caller, t.opened());
        // Events in time order: replies, pauses, the resolution; each time one checkpoint.
        List<Instant> replies = t.replies();
        int pause = 0;
        for (int i = 0; i < replies.size(); i++) {
            while (pause < t.pauses().size() && t.pauses().get(pause).from().isBefore(replies.get(i))) {
                pause(row, checkpoint, t.pauses().get(pause++), caller);
            }
            checkpoint[0]++;
            row.add("comments", "", i == 0 ? "Northwind is on it: " + t.title() : "Update: still working on it", INTEGRATION,
                    replies.get(i));
            if (i == 0) {
                row.add("state", "1", "2", INTEGRATION, replies.get(i));
            }
        }
        while (pause < t.pauses().size()) {
            pause(row, checkpoint, t.pauses().get(pause++), caller);
        }
        checkpoint[0]++;
        row.add("state", replies.isEmpty() ? "1" : "2", "6", replies.isEmpty() ? caller : INTEGRATION, t.resolved());
        checkpoint[0]++;
        row.add("state", "6", "7", "system", t.closed());
        return rows;
    }

    private static void pause(Row row, int[] checkpoint, PlannedTicket.Pause p, String caller) {
        checkpoint[0]++;
        row.add("state", "2", "3", INTEGRATION, p.from());
        row.add("hold_reason", "", "1", INTEGRATION, p.from());
        checkpoint[0]++;
        row.add("state", "3", "2", caller, p.to());
        row.add("hold_reason", "1", "", caller, p.to());
    }

    private interface Row {
        void add(String field, String from, String to, String user, Instant at);
    }

    private static int priorityCode(int[] iu) {
        int sum = iu[0] + iu[1];
        return sum <= 2 ? 1 : sum == 3 ? 2 : sum == 4 ? 3 : sum == 5 ? 4 : 5;
    }

    private static String priorityLabel(int[] iu) {
        return List.of("1 - Critical", "2 - High", "3 - Moderate", "4 - Low", "5 - Planning").get(priorityCode(iu) - 1);
    }

    private static String level(int code) {
        return List.of("1 - High", "2 - Medium", "3 - Low").get(code - 1);
    }
}

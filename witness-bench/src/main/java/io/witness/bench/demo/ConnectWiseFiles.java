package io.witness.bench.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The provider's ConnectWise exports as its REST API returns them (UTC times): the service tickets with
 * the client's incident number in externalXRef, the tickets' audit trail (each entry with its ticketId),
 * and the notes, the public ones being the replies. {@link #notes} with {@code rewritten} writes a later
 * export in which a backdated response carries its new time.
 */
final class ConnectWiseFiles {

    private ConnectWiseFiles() {
    }

    static String tickets(List<PlannedTicket> tickets) {
        List<String> records = new ArrayList<>();
        for (PlannedTicket t : tickets) {
            if (!t.provider()) {
                continue;
            }
            StringBuilder r = new StringBuilder("{\"id\":").append(t.psaId());
            r.append(",\"summary\":").append(Csv.json(t.title()));
            r.append(",\"recordType\":\"ServiceTicket\",\"board\":{\"id\":1,\"name\":\"Managed Services\"}");
            r.append(",\"status\":{\"name\":\"Closed\"}");
            r.append(",\"company\":{\"identifier\":\"AcmeDental\",\"name\":\"Acme Dental Group\"}");
            if (!t.requester().isEmpty()) {
                r.append(",\"contactName\":").append(Csv.json(t.requester()));
            }
            r.append(",\"type\":{\"name\":").append(Csv.json(t.category())).append("}");
            r.append(",\"subType\":{\"name\":").append(Csv.json(t.subcategory())).append("}");
            r.append(",\"priority\":{\"name\":").append(Csv.json(t.psaPriority())).append("}");
            r.append(",\"source\":{\"name\":").append(Csv.json(t.channel())).append("}");
            if (t.referenced() && t.client()) {
                r.append(",\"externalXRef\":").append(Csv.json(t.number()));
            }
            r.append(",\"closedDate\":\"").append(Csv.utc(t.closed())).append("\",\"closedFlag\":true");
            r.append(",\"_info\":{\"lastUpdated\":\"").append(Csv.utc(t.closed())).append("\",\"dateEntered\":\"")
                    .append(Csv.utc(t.entered())).append("\"}}");
            records.add(r.toString());
        }
        return array(records);
    }

    static String auditTrail(List<PlannedTicket> tickets) {
        List<String> records = new ArrayList<>();
        for (PlannedTicket t : tickets) {
            if (!t.provider()) {
                continue;
            }
            records.add(entry(t, "Ticket has been created.", t.entered(), "Ticket"));
            records.add(entry(t, status("New", "In Progress"), t.psaInProgress(), "Status"));
            for (PlannedTicket.Pause p : t.pauses()) {
                records.add(entry(t, status("In Progress", "Waiting Client Response"), p.from(), "Status"));
                records.add(entry(t, status("Waiting Client Response", "In Progress"), p.to(), "Status"));
            }
            records.add(entry(t, status("In Progress", "Completed"), t.resolved(), "Status"));
            records.add(entry(t, status("Completed", "Closed"), t.closed(), "Status"));
        }
        return array(records);
    }

    private static String status(String from, String to) {
        return "Status changed from \\\"" + from + "\\\" to \\\"" + to + "\\\"";
    }

    private static String entry(PlannedTicket t, String text, Instant at, String subType) {
        return "{\"ticketId\":" + t.psaId() + ",\"text\":\"" + text + "\",\"enteredDate\":\"" + Csv.utc(at)
                + "\",\"enteredBy\":\"northwind\",\"auditType\":\"Ticket\",\"auditSubType\":\"" + subType + "\"}";
    }

    /**
     * The public notes of the tickets {@code which} accepts; with {@code rewritten}, a backdated response
     * is written at its new time (the same note, the same last-updated value).
     */
    static String notes(List<PlannedTicket> tickets, Predicate<PlannedTicket> which, boolean rewritten) {
        List<String> records = new ArrayList<>();
        for (PlannedTicket t : tickets) {
            if (!t.provider() || !which.test(t)) {
                continue;
            }
            for (int i = 0; i < t.replies().size(); i++) {
                Instant at = t.replies().get(i);
                Instant shown = rewritten && i == 0 ? t.rewrittenReply().orElse(at) : at;
                String text = i == 0 ? "Northwind is on it: " + t.title() : "Update: still working on it";
                records.add("{\"id\":" + (t.psaId() * 100 + i + 1) + ",\"ticketId\":" + t.psaId() + ",\"text\":" + Csv.json(text)
                        + ",\"detailDescriptionFlag\":true,\"internalAnalysisFlag\":false,\"resolutionFlag\":false"
                        + ",\"member\":{\"identifier\":\"nwtech\",\"name\":\"Northwind service desk\"},\"dateCreated\":\"" + Csv.utc(shown)
                        + "\",\"_info\":{\"lastUpdated\":\"" + Csv.utc(at) + "\"}}");
            }
        }
        return array(records);
    }

    private static String array(List<String> records) {
        return "[\n" + String.join(",\n", records) + "\n]\n";
    }
}

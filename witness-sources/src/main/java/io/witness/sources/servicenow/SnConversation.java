package io.witness.sources.servicenow;

import io.witness.core.event.CommentAdded;
import io.witness.core.event.PublicReply;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Comments and work notes, from {@code sys_journal_field} when given, else from the audit's
 * {@code comments} and {@code work_notes} entries. A comment ({@code comments}, seen by the caller)
 * written by the caller is a requester's message; by anyone else, a public reply. A work note is a
 * private note. The caller is told apart by name: the writer's user name ({@code abel.tuter}) and the
 * caller ("Abel Tuter", or {@code caller_id.user_name}) are the same once case, spaces and punctuation are
 * left out.
 *
 * <p>With no reply in the history, the first response is the list's response column if it has one, else
 * the earliest stop time of a {@code task_sla} whose definition's name holds "response" (ServiceNow
 * recorded when its response condition was met; the SLA's verdict stays a claim).
 */
final class SnConversation {

    private final SnEvents events;
    private final SnCaseRecords records;

    SnConversation(SnEvents events, SnCaseRecords records) {
        this.events = events;
        this.records = records;
    }

    void add() {
        if (!records.journals().isEmpty()) {
            for (SnRecord journal : records.journals()) {
                entry(journal.get("element").orElse(""), journal.time("sys_created_on").orElseThrow(),
                        journal.get("sys_created_by"), journal);
            }
        } else {
            for (SnRecord audit : records.audits()) {
                entry(audit.get("fieldname").orElse(""), audit.time("sys_created_on").orElseThrow(), audit.get("user"), audit);
            }
        }
        if (!events.has(PublicReply.class)) {
            firstResponse();
        }
    }

    private void entry(String element, Instant at, Optional<String> writer, SnRecord from) {
        if (element.equals("work_notes")) {
            events.add(CommentAdded.privateNote(events.meta(at, from)));
        } else if (element.equals("comments")) {
            events.add(isCaller(writer) ? CommentAdded.fromRequester(events.meta(at, from)) : new PublicReply(events.meta(at, from)));
        }
    }

    private boolean isCaller(Optional<String> writer) {
        if (writer.isEmpty()) {
            return false;
        }
        String who = letters(writer.get());
        return List.of("caller_id", "caller_id.user_name").stream().map(records::current).flatMap(Optional::stream)
                .anyMatch(caller -> !who.isEmpty() && letters(caller).equals(who));
    }

    private static String letters(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private void firstResponse() {
        Optional<SnRecord> column = records.firstTelling("first_response");
        if (column.isPresent()) {
            events.add(new PublicReply(events.meta(column.get().time("first_response").orElseThrow(), column.get())));
            return;
        }
        records.slas().stream()
                .filter(s -> s.get("sla").orElse("").toLowerCase(Locale.ROOT).contains("response"))
                .filter(s -> !s.get("stage").orElse("").toLowerCase(Locale.ROOT).startsWith("cancel"))
                .filter(s -> s.time("end_time").isPresent())
                .min(Comparator.comparing((SnRecord s) -> s.time("end_time").orElseThrow()))
                .ifPresent(s -> events.add(new PublicReply(events.meta(s.time("end_time").orElseThrow(), s))));
    }
}

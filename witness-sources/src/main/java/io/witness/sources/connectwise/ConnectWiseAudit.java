package io.witness.sources.connectwise;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.psa.ChangeText;
import io.witness.sources.psa.FieldChange;
import io.witness.sources.psa.PsaRecord;
import io.witness.sources.psa.TicketState;
import io.witness.sources.psa.UnreadTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A ConnectWise ticket's audit trail as field changes. The trail's {@code text} is a sentence whose
 * wording ConnectWise does not document (unverified): {@link ChangeText} reads the usual forms
 * ({@code Status changed from "New" to "In Progress"}). Read: status, priority, board and team (folded
 * into the {@code Board / Team} group the ticket records give), the SLA date fields (as claims), and the
 * ticket's creation (a text saying it was created). A sentence naming a status, priority, board or team
 * in another form is reported as unread.
 */
final class ConnectWiseAudit {

    private static final Set<String> STATUS = Set.of("status", "ticketstatus", "servicestatus");
    private static final Set<String> PRIORITY = Set.of("priority", "ticketpriority");
    private static final Set<String> BOARD = Set.of("board", "serviceboard");
    private static final Set<String> TEAM = Set.of("team", "serviceteam");
    private static final Set<String> CLAIM = Set.of("dateresponded", "respondeddate", "dateresplan", "resplandate",
            "dateresolved", "resolveddate", "requireddate", "duedate", "sla", "slastatus");

    /** One audit trail entry. */
    record Entry(Instant at, Instant seenAt, String sourceId, String text) {
    }

    private ConnectWiseAudit() {
    }

    static Optional<Entry> entry(ObservationDraft observation, PsaRecord record) {
        Optional<Instant> at = record.time(ConnectWiseFields.ENTERED_DATE);
        Optional<String> text = record.text(ConnectWiseFields.AUDIT_TEXT);
        return at.flatMap(time -> text.map(t -> new Entry(time, observation.receivedAt(), observation.sourceId(), t)));
    }

    /**
     * The entries' field changes, in time order. {@code states} give the board and team the ticket had
     * before the first change of either.
     */
    static List<FieldChange> changes(List<Entry> entries, List<TicketState> states, UnreadTexts unread) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::at)).toList();
        List<FieldChange> changes = new ArrayList<>();
        List<Raw> groupChanges = new ArrayList<>();
        for (Entry entry : sorted) {
            List<ChangeText> read = ChangeText.read(entry.text());
            if (read.isEmpty()) {
                String lower = entry.text().toLowerCase(Locale.ROOT);
                if (lower.contains("created") || lower.contains("entered")) {
                    changes.add(change(entry, FieldChange.Kind.CREATED, "ticket", Optional.empty(), Optional.empty()));
                } else {
                    unread.offer(entry.text());
                }
            }
            for (ChangeText change : read) {
                String key = change.fieldKey();
                if (STATUS.contains(key)) {
                    changes.add(change(entry, FieldChange.Kind.STATUS, change.field(), change.from(), change.to()));
                } else if (PRIORITY.contains(key)) {
                    changes.add(change(entry, FieldChange.Kind.PRIORITY, change.field(), change.from(), change.to()));
                } else if (BOARD.contains(key) || TEAM.contains(key)) {
                    groupChanges.add(new Raw(entry, BOARD.contains(key), change));
                } else if (CLAIM.contains(key)) {
                    changes.add(change(entry, FieldChange.Kind.CLAIM, change.field(), change.from(), change.to()));
                }
            }
        }
        changes.addAll(groups(groupChanges, states));
        return changes;
    }

    private record Raw(Entry entry, boolean board, ChangeText change) {
    }

    /** Board and team changes as changes of the {@code Board / Team} group. */
    private static List<FieldChange> groups(List<Raw> raws, List<TicketState> states) {
        if (raws.isEmpty()) {
            return List.of();
        }
        Optional<TicketState> first = states.stream().min(Comparator.comparing(TicketState::asOf));
        Optional<String> board = raws.stream().filter(Raw::board).findFirst().map(r -> r.change().from())
                .orElseGet(() -> first.flatMap(s -> s.group()).map(g -> g.contains(" / ") ? g.substring(0, g.indexOf(" / ")) : g));
        Optional<String> team = raws.stream().filter(r -> !r.board()).findFirst().map(r -> r.change().from())
                .orElseGet(() -> first.flatMap(s -> s.group()).filter(g -> g.contains(" / "))
                        .map(g -> g.substring(g.indexOf(" / ") + 3)));
        List<FieldChange> changes = new ArrayList<>();
        for (Raw raw : raws) {
            Optional<String> before = ConnectWiseTicket.group(board, team);
            if (raw.board()) {
                board = raw.change().to();
            } else {
                team = raw.change().to();
            }
            changes.add(change(raw.entry(), FieldChange.Kind.GROUP, raw.change().field(), before,
                    ConnectWiseTicket.group(board, team)));
        }
        return changes;
    }

    private static FieldChange change(Entry entry, FieldChange.Kind kind, String field, Optional<String> from,
            Optional<String> to) {
        return new FieldChange(entry.at(), entry.seenAt(), entry.sourceId(), kind, field, from, to);
    }
}

package io.witness.sources.autotask;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.psa.ChangeText;
import io.witness.sources.psa.FieldChange;
import io.witness.sources.psa.PsaRecord;
import io.witness.sources.psa.UnreadTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An Autotask ticket history entry ({@code action}, {@code detail}, {@code date}) as field changes. The
 * wording of {@code detail} is not documented (unverified): {@link ChangeText} reads the usual forms
 * ({@code Status changed from New to In Progress}, {@code Status: New -> In Progress}). Read: status,
 * priority, queue, the SLA event dates (Autotask's history is where an edited first response or
 * resolution date shows: each edit is a claim at the entry's time) and the ticket's creation (an action
 * or detail saying it was created). A detail naming a status, priority or queue in another form is
 * reported as unread.
 */
final class AutotaskHistory {

    private static final Set<String> STATUS = Set.of("status", "ticketstatus");
    private static final Set<String> PRIORITY = Set.of("priority", "ticketpriority");
    private static final Set<String> QUEUE = Set.of("queue", "queueid", "queuename");
    private static final List<String> CLAIM_WORDS = List.of("firstresponse", "resolutionplan", "resolved", "duedate",
            "servicelevel", "sla");

    private AutotaskHistory() {
    }

    static List<FieldChange> changes(ObservationDraft observation, PsaRecord record, AutotaskPicklists picklists,
            UnreadTexts unread) {
        Optional<Instant> at = record.time(AutotaskFields.HISTORY_DATE);
        if (at.isEmpty()) {
            return List.of();
        }
        String action = record.text(AutotaskFields.HISTORY_ACTION).orElse("");
        String detail = record.text(AutotaskFields.HISTORY_DETAIL).orElse("");
        List<ChangeText> read = ChangeText.read(detail);
        if (read.isEmpty()) {
            read = ChangeText.read(action);
        }
        List<FieldChange> changes = new ArrayList<>();
        if (read.isEmpty()) {
            String both = (action + " " + detail).toLowerCase(Locale.ROOT);
            if (both.contains("created") || both.contains("new ticket")) {
                changes.add(new FieldChange(at.get(), observation.receivedAt(), observation.sourceId(), FieldChange.Kind.CREATED,
                        "ticket", Optional.empty(), Optional.empty()));
            } else {
                unread.offer(detail.isBlank() ? action : detail);
            }
        }
        for (ChangeText change : read) {
            String key = change.fieldKey();
            FieldChange.Kind kind;
            String picklist;
            if (STATUS.contains(key)) {
                kind = FieldChange.Kind.STATUS;
                picklist = "status";
            } else if (PRIORITY.contains(key)) {
                kind = FieldChange.Kind.PRIORITY;
                picklist = "priority";
            } else if (QUEUE.contains(key)) {
                kind = FieldChange.Kind.GROUP;
                picklist = "queueID";
            } else if (CLAIM_WORDS.stream().anyMatch(key::contains)) {
                kind = FieldChange.Kind.CLAIM;
                picklist = "";
            } else {
                continue;
            }
            changes.add(new FieldChange(at.get(), observation.receivedAt(), observation.sourceId(), kind, change.field(),
                    picklists.label(picklist, change.from()), picklists.label(picklist, change.to())));
        }
        return changes;
    }
}

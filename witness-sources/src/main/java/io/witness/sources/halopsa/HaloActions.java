package io.witness.sources.halopsa;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.psa.FieldChange;
import io.witness.sources.psa.NoteEntry;
import io.witness.sources.psa.PsaRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A HaloPSA action as what it tells. With a note: an agent's ({@code who_agentid} above 0) visible one is
 * a reply, a hidden one ({@code hiddenfromuser}) a private note, and one without an agent the end
 * user's. With a new status ({@code new_status_name} or {@code new_status}, unverified field names) or
 * new team ({@code new_team_name}, {@code new_team}): a status change or an assignment at the action's
 * time; the timeline keeps only those that change something. System actions are kept like any other.
 */
final class HaloActions {

    private HaloActions() {
    }

    static Optional<NoteEntry> note(ObservationDraft observation, PsaRecord record) {
        Optional<Instant> at = record.time(HaloFields.ACTION_DATE);
        if (at.isEmpty() || record.text(HaloFields.ACTION_NOTE).isEmpty()) {
            return Optional.empty();
        }
        boolean agent = record.text(HaloFields.ACTION_AGENT).filter(id -> !id.equals("0") && !id.startsWith("-")).isPresent();
        NoteEntry.Kind kind = record.flag(HaloFields.ACTION_HIDDEN) ? NoteEntry.Kind.PRIVATE_NOTE
                : agent ? NoteEntry.Kind.PUBLIC_REPLY : NoteEntry.Kind.REQUESTER;
        return Optional.of(new NoteEntry(at.get(), observation.receivedAt(), observation.sourceId(), kind));
    }

    static List<FieldChange> changes(ObservationDraft observation, PsaRecord record) {
        Optional<Instant> at = record.time(HaloFields.ACTION_DATE);
        List<FieldChange> changes = new ArrayList<>();
        if (at.isEmpty()) {
            return changes;
        }
        record.text(HaloFields.ACTION_NEW_STATUS).ifPresent(status -> changes.add(new FieldChange(at.get(),
                observation.receivedAt(), observation.sourceId(), FieldChange.Kind.STATUS, "new_status", Optional.empty(),
                Optional.of(status))));
        record.text(HaloFields.ACTION_NEW_TEAM).ifPresent(team -> changes.add(new FieldChange(at.get(),
                observation.receivedAt(), observation.sourceId(), FieldChange.Kind.GROUP, "new_team", Optional.empty(),
                Optional.of(team))));
        return changes;
    }
}

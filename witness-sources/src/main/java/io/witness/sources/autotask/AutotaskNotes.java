package io.witness.sources.autotask;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.psa.NoteEntry;
import io.witness.sources.psa.PsaRecord;
import java.util.Locale;
import java.util.Optional;

/**
 * An Autotask ticket note as a {@link NoteEntry}. Written by a contact ({@code createdByContactID} and
 * no {@code creatorResourceID}): the requester's. Else {@code publish} says who sees it: {@code 1}
 * ("All Autotask Users", which includes the client portal) is a reply; any other value ({@code 2}
 * "Internal Project Team", {@code 3} "Internal & Co-managed"…) or none is a private note. The picklist
 * values are unverified: docs/importers/autotask.md.
 */
final class AutotaskNotes {

    private AutotaskNotes() {
    }

    static Optional<NoteEntry> note(ObservationDraft observation, PsaRecord record) {
        boolean byContact = record.text(AutotaskFields.NOTE_CONTACT).filter(id -> !id.equals("0")).isPresent()
                && record.text(AutotaskFields.NOTE_RESOURCE).filter(id -> !id.equals("0")).isEmpty();
        String publish = record.text(AutotaskFields.NOTE_PUBLISH).orElse("").toLowerCase(Locale.ROOT);
        NoteEntry.Kind kind = byContact ? NoteEntry.Kind.REQUESTER
                : publish.equals("1") || publish.startsWith("all") ? NoteEntry.Kind.PUBLIC_REPLY : NoteEntry.Kind.PRIVATE_NOTE;
        return record.time(AutotaskFields.NOTE_DATE)
                .map(at -> new NoteEntry(at, observation.receivedAt(), observation.sourceId(), kind));
    }
}

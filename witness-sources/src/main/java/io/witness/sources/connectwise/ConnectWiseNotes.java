package io.witness.sources.connectwise;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.psa.Fields;
import io.witness.sources.psa.NoteEntry;
import io.witness.sources.psa.PsaRecord;
import java.time.Instant;
import java.util.Optional;

/**
 * ConnectWise notes and time entries as {@link NoteEntry}s. A note's flags say where it shows:
 * {@code detailDescriptionFlag} (Discussion) and {@code resolutionFlag} (Resolution) are seen by the
 * customer, so an agent's such note is a reply; {@code internalAnalysisFlag} (Internal) is a private
 * note; a note written by a contact (a {@code contact} and no {@code member}) is the requester's. A
 * time entry is a note only when its notes are added to one of those: {@code addToDetailDescriptionFlag}
 * or {@code addToResolutionFlag} (a reply), {@code addToInternalAnalysisFlag} (a private note).
 */
final class ConnectWiseNotes {

    private static final Fields DISCUSSION = Fields.of("detailDescriptionFlag", "detailDescriptionFlag");
    private static final Fields INTERNAL = Fields.of("internalAnalysisFlag", "internalAnalysisFlag");
    private static final Fields RESOLUTION = Fields.of("resolutionFlag", "resolutionFlag");
    private static final Fields EXTERNAL = Fields.of("externalFlag", "externalFlag");
    private static final Fields MEMBER = Fields.of("member", "member");
    private static final Fields CONTACT = Fields.of("contact", "contact");
    private static final Fields ADD_DISCUSSION = Fields.of("addToDetailDescriptionFlag", "addToDetailDescriptionFlag");
    private static final Fields ADD_INTERNAL = Fields.of("addToInternalAnalysisFlag", "addToInternalAnalysisFlag");
    private static final Fields ADD_RESOLUTION = Fields.of("addToResolutionFlag", "addToResolutionFlag");
    private static final Fields NOTES = Fields.of("notes", "notes");

    private ConnectWiseNotes() {
    }

    static Optional<NoteEntry> note(ObservationDraft observation, PsaRecord record) {
        Optional<Instant> at = record.time(ConnectWiseFields.NOTE_DATE);
        boolean customerSees = record.flag(DISCUSSION) || record.flag(RESOLUTION) || record.flag(EXTERNAL);
        NoteEntry.Kind kind;
        if (record.flag(INTERNAL) && !customerSees) {
            kind = NoteEntry.Kind.PRIVATE_NOTE;
        } else if (record.text(CONTACT).isPresent() && record.text(MEMBER).isEmpty()) {
            kind = NoteEntry.Kind.REQUESTER;
        } else {
            kind = customerSees ? NoteEntry.Kind.PUBLIC_REPLY : NoteEntry.Kind.PRIVATE_NOTE;
        }
        return at.map(time -> new NoteEntry(time, observation.receivedAt(), observation.sourceId(), kind));
    }

    static Optional<NoteEntry> timeEntry(ObservationDraft observation, PsaRecord record) {
        if (record.text(NOTES).isEmpty()) {
            return Optional.empty();
        }
        Optional<NoteEntry.Kind> kind = record.flag(ADD_DISCUSSION) || record.flag(ADD_RESOLUTION)
                ? Optional.of(NoteEntry.Kind.PUBLIC_REPLY)
                : record.flag(ADD_INTERNAL) ? Optional.of(NoteEntry.Kind.PRIVATE_NOTE) : Optional.empty();
        Optional<Instant> at = record.time(ConnectWiseFields.ENTRY_DATE);
        return kind.flatMap(k -> at.map(time -> new NoteEntry(time, observation.receivedAt(), observation.sourceId(), k)));
    }
}

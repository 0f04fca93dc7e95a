package io.witness.sources.connectwise;

import io.witness.core.contract.SourceKind;
import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import io.witness.sources.psa.FieldChange;
import io.witness.sources.psa.NoteEntry;
import io.witness.sources.psa.PsaParser;
import io.witness.sources.psa.PsaRecord;
import io.witness.sources.psa.PsaTimeline;
import io.witness.sources.psa.PsaTimes;
import io.witness.sources.psa.TicketState;
import io.witness.sources.psa.UnreadTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code connectwise}: ConnectWise PSA's ticket list (a board's CSV export, or {@code GET /service/tickets}
 * saved as JSON) with, as further files of the same import, the tickets' audit trails
 * ({@code GET /system/audittrail?type=Ticket&id=…}), notes ({@code /service/tickets/{id}/notes}) and
 * time entries ({@code /time/entries}). What is read and assumed: docs/importers/connectwise.md.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConnectWiseFormat implements SourceFormat {

    private static final PsaParser PARSER = new PsaParser(
            List.of(ConnectWiseFields.AUDIT_ENTRY, ConnectWiseFields.NOTE, ConnectWiseFields.TIME_ENTRY, ConnectWiseFields.TICKET),
            ConnectWiseFields.TICKET, Set.of(), PsaTimes.DateOrder.MONTH_FIRST);

    @Override
    public String name() {
        return "connectwise";
    }

    @Override
    public String description() {
        return "ConnectWise PSA: ticket export (CSV or REST JSON) with audit trail, notes and time entries (JSON)";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        return PARSER.parse(file, context);
    }

    @Override
    public CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        List<TicketState> states = new ArrayList<>();
        List<ConnectWiseAudit.Entry> audit = new ArrayList<>();
        List<NoteEntry> notes = new ArrayList<>();
        for (ObservationDraft observation : observations) {
            PsaRecord record = PsaRecord.of(observation);
            switch (observation.kind()) {
                case "ticket" -> ConnectWiseTicket.state(observation, record, context).ifPresent(states::add);
                case "audit-entry" -> ConnectWiseAudit.entry(observation, record).ifPresent(audit::add);
                case "ticket-note" -> ConnectWiseNotes.note(observation, record).ifPresent(notes::add);
                case "time-entry" -> ConnectWiseNotes.timeEntry(observation, record).ifPresent(notes::add);
                default -> {
                    // another format's observation of the same case: not this format's to read
                }
            }
        }
        UnreadTexts unread = new UnreadTexts();
        List<FieldChange> changes = ConnectWiseAudit.changes(audit, states, unread);
        CaseEvents events = PsaTimeline.build(caseId, context, SourceKind.CONNECTWISE_PSA, states, changes, notes);
        return unread.addTo(events);
    }
}

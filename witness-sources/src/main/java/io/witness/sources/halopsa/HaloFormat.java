package io.witness.sources.halopsa;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code halopsa}: HaloPSA's tickets (a list or report exported to CSV, or {@code GET /api/Tickets} saved
 * as JSON) with, as further files of the same import, their actions ({@code GET /api/Actions?ticket_id=…}).
 * What is read and assumed: docs/importers/halopsa.md.
 *
 * <p>Stateless and thread-safe.
 */
public final class HaloFormat implements SourceFormat {

    private static final PsaParser PARSER = new PsaParser(List.of(HaloFields.ACTION, HaloFields.TICKET),
            HaloFields.TICKET, Set.of("tickets", "actions", "records"), PsaTimes.DateOrder.DAY_FIRST);

    @Override
    public String name() {
        return "halopsa";
    }

    @Override
    public String description() {
        return "HaloPSA: ticket export (CSV report or REST JSON) with ticket actions (JSON)";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        return PARSER.parse(file, context);
    }

    @Override
    public CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        List<TicketState> states = new ArrayList<>();
        List<FieldChange> changes = new ArrayList<>();
        List<NoteEntry> notes = new ArrayList<>();
        for (ObservationDraft observation : observations) {
            PsaRecord record = PsaRecord.of(observation);
            switch (observation.kind()) {
                case "ticket" -> states.add(HaloTicket.state(observation, record, context));
                case "action" -> {
                    changes.addAll(HaloActions.changes(observation, record));
                    HaloActions.note(observation, record).ifPresent(notes::add);
                }
                default -> {
                    // another format's observation of the same case: not this format's to read
                }
            }
        }
        return PsaTimeline.build(caseId, context, SourceKind.HALOPSA, states, changes, notes);
    }
}

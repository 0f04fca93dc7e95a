package io.witness.sources.autotask;

import io.witness.core.contract.SourceKind;
import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
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
 * {@code autotask}: Autotask PSA's tickets (a ticket search exported to CSV, or {@code Tickets/query}
 * saved as JSON) with, as further files of the same import, their history ({@code TicketHistory/query})
 * and notes ({@code TicketNotes/query}, {@code Tickets/{id}/Notes}). A case is a ticket's {@code id}
 * (what history and notes name); an export without an id column falls back to the ticket number. With
 * {@code --mapping} naming the saved field definitions, picklist numbers read as their labels
 * ({@link AutotaskPicklists}). What is read and assumed: docs/importers/autotask.md.
 *
 * <p>Stateless and thread-safe.
 */
public final class AutotaskFormat implements SourceFormat {

    private static final PsaParser PARSER = new PsaParser(
            List.of(AutotaskFields.HISTORY, AutotaskFields.NOTE, AutotaskFields.TICKET), AutotaskFields.TICKET,
            Set.of("items", "item"), PsaTimes.DateOrder.MONTH_FIRST);

    @Override
    public String name() {
        return "autotask";
    }

    @Override
    public String description() {
        return "Autotask PSA: ticket export (CSV or REST JSON) with ticket history and notes (JSON)";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        ParsedFile parsed = PARSER.parse(file, context);
        List<InputProblem> mappingProblems = AutotaskPicklists.check(context);
        if (mappingProblems.isEmpty()) {
            return parsed;
        }
        List<InputProblem> problems = new ArrayList<>(mappingProblems);
        problems.addAll(parsed.problems());
        return new ParsedFile(parsed.observations(), problems, parsed.rowsRead());
    }

    @Override
    public CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        AutotaskPicklists picklists = AutotaskPicklists.of(context);
        UnreadTexts unread = new UnreadTexts();
        List<TicketState> states = new ArrayList<>();
        List<FieldChange> changes = new ArrayList<>();
        List<NoteEntry> notes = new ArrayList<>();
        for (ObservationDraft observation : observations) {
            PsaRecord record = PsaRecord.of(observation);
            switch (observation.kind()) {
                case "ticket" -> states.add(AutotaskTicket.state(observation, record, context, picklists));
                case "ticket-history" -> changes.addAll(AutotaskHistory.changes(observation, record, picklists, unread));
                case "ticket-note" -> AutotaskNotes.note(observation, record).ifPresent(notes::add);
                default -> {
                    // another format's observation of the same case: not this format's to read
                }
            }
        }
        return unread.addTo(PsaTimeline.build(caseId, context, SourceKind.AUTOTASK, states, changes, notes));
    }
}

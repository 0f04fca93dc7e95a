package io.witness.sources.format;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ObservationDraft;
import java.util.List;
import java.util.function.Consumer;

/**
 * A kind of evidence file Witness imports ({@code servicenow-eventlog}, {@code xes}, {@code connectwise}…),
 * in two steps kept apart on purpose:
 * <ol>
 *   <li>{@link #parse}: a file's bytes into observations, one per source record version, each keeping its
 *       raw row as received. This is what the ledger stores.</li>
 *   <li>{@link #normalise}: the observations of one case into canonical ticket events. It reads only the
 *       observations (their parsed JSON and times) and the context, never the file, so the events can be
 *       derived again from the ledger at any time, and a changed mapping in the contract changes them.</li>
 * </ol>
 * A format never computes SLA figures and never trusts the source's own SLA fields: those become
 * {@link io.witness.core.event.SlaClaimed} events, the source's claim.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface SourceFormat {

    /** The name given with {@code --source} ({@code servicenow-eventlog}). */
    String name();

    /** One line for the command's help. */
    String description();

    /**
     * Reads one file into observations, reporting every problem found (file, line or sheet and cell,
     * column, field, what was expected) rather than stopping at the first. The caller decides all or
     * nothing: with any problem, nothing of the import is stored.
     *
     * @param file the file's name and bytes (already decompressed when it was gzipped)
     * @param context the tenant, side, source, contract, zone and receipt time of the import
     */
    ParsedFile parse(ImportFile file, ImportContext context);

    /**
     * {@link #parse(ImportFile, ImportContext)}, also handing each observation to {@code each} as soon as it
     * is read, in file order, so that storing can begin while the file is still being read. The result
     * holds the same observations. The default parses the whole file first, then hands them over; a
     * format that reads row by row does better.
     */
    default ParsedFile parse(ImportFile file, ImportContext context, Consumer<ObservationDraft> each) {
        ParsedFile parsed = parse(file, context);
        parsed.observations().forEach(each);
        return parsed;
    }

    /**
     * The canonical events of one case, from its observations of this format in the order they were
     * logged. Values the contract does not map (a status, a priority) are counted in the result, not
     * guessed: such an event keeps the source's text without a class, and the count is reported.
     *
     * @param caseId the case
     * @param observations the case's observations of this format, in log order, not empty
     * @param context the same kind of context as for parsing (the contract may be newer)
     */
    CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context);
}

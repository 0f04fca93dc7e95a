package io.witness.sources.format;

import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import java.util.List;

/**
 * What reading one file gave: its observations and every problem found. With any problem the import
 * stores nothing. Immutable.
 *
 * @param observations one per source record version, in file order
 * @param problems every problem, each with file, line (or sheet and cell), column and field
 * @param rowsRead the rows (records) read, good and bad
 */
public record ParsedFile(List<ObservationDraft> observations, List<InputProblem> problems, long rowsRead) {

    public ParsedFile {
        observations = List.copyOf(observations);
        problems = List.copyOf(problems);
        if (rowsRead < 0) {
            throw new IllegalArgumentException("Rows read cannot be negative, got " + rowsRead);
        }
    }
}

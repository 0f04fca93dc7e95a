package io.witness.sources.operations;

import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.export.ExportRow;
import io.witness.sources.export.ExportTable;
import io.witness.sources.export.ExportTables;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.LoggedObservation;
import io.witness.sources.format.OperationalFormat;
import io.witness.sources.format.ParsedFile;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * An operational format read from a table (CSV, or the first sheet of an XLSX workbook) by its columns:
 * one observation per data row, its raw row exactly as in the file and its typed JSON, of one kind. A
 * format gives its columns, its record's id (and version, the row's digest unless it has a better one),
 * the time the row claims, the checks across columns, and how its observations become evidence.
 */
abstract class CsvEvidenceFormat implements OperationalFormat {

    /** The columns, in the documented order. */
    abstract List<Column> layout();

    /** The observations' kind ({@code backup-run}). */
    abstract String kind();

    /** The record's id in its source. */
    abstract String sourceId(ObjectNode json);

    /** The record's version: the digest of its raw row unless the source gives one. */
    String version(ObjectNode json, byte[] raw) {
        return RowDigest.of(raw);
    }

    /** The time the record claims, if any. */
    Optional<Instant> claimedAt(ObjectNode json) {
        return Optional.empty();
    }

    /** The zone of times written without an offset: the import's, unless the source fixes one. */
    Optional<ZoneId> zone(ImportContext context) {
        return context.zone();
    }

    /**
     * Checks across a row's columns, reported through {@code reader}; nothing by default. Runs on every row,
     * also one with problems, so it must not assume a value is there.
     */
    void check(TableReader reader, ExportRow row, ObjectNode json) {
    }

    /** The evidence of one observation of this format. */
    abstract CoverageEvidence evidenceOf(List<LoggedObservation> observations);

    @Override
    public final CoverageEvidence evidence(List<LoggedObservation> observations) {
        return evidenceOf(observations);
    }

    @Override
    public final ParsedFile parse(ImportFile file, ImportContext context) {
        Problems problems = new Problems();
        Optional<ExportTable> table = ExportTables.read(file, problems);
        if (table.isEmpty()) {
            return new ParsedFile(List.of(), problems.list(), 0);
        }
        TableReader reader = TableReader.of(table.get(), layout(), zone(context), problems);
        List<ObservationDraft> drafts = new ArrayList<>();
        if (problems.isEmpty()) {
            for (ExportRow row : table.get().rows()) {
                int before = problems.list().size();
                TableReader.RowRead read = reader.read(row);
                Optional<ObjectNode> json = Optional.of(read.json());
                check(reader, row, json.get());
                if (!read.ok() || problems.list().size() > before) {
                    continue;
                }
                byte[] raw = row.raw();
                ObservationDraft draft = ObservationDraft.of(context.source(), context.side(), kind(), sourceId(json.get()),
                        version(json.get(), raw), context.receivedAt(), raw, json.get());
                Optional<Instant> claimed = claimedAt(json.get());
                drafts.add(claimed.isPresent() ? draft.withClaimedAt(claimed.get()) : draft);
            }
        }
        List<InputProblem> sorted = new ArrayList<>(problems.list());
        sorted.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
        return new ParsedFile(drafts, sorted, table.get().rows().size());
    }
}

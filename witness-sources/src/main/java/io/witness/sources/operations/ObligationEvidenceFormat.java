package io.witness.sources.operations;

import io.witness.core.contract.ObligationId;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.obligation.ObligationRecord;
import io.witness.core.coverage.obligation.ObligationRecordKind;
import io.witness.sources.export.ExportRow;
import io.witness.sources.format.LoggedObservation;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code obligation-evidence}: what shows a non-ticket obligation kept, one event a row (docs/coverage.md,
 * "Obligation evidence"): {@code kind} ({@code monthly_report}, {@code qbr}, {@code maintenance},
 * {@code documentation}), {@code obligation}, {@code date}, {@code period}, {@code system}, {@code task},
 * {@code ticket}, {@code document}, {@code note}. A monthly report names its {@code period}; a document
 * update its {@code document}; a maintenance task its {@code obligation} or its {@code task}.
 */
public final class ObligationEvidenceFormat extends CsvEvidenceFormat {

    private static final Column KIND = Column.choice("kind", true, "monthly_report", "qbr", "maintenance", "documentation");
    private static final Column OBLIGATION = Column.optional("obligation", ColumnType.TEXT);
    private static final Column PERIOD = Column.optional("period", ColumnType.MONTH);
    private static final Column DOCUMENT = Column.optional("document", ColumnType.TEXT);
    private static final List<Column> LAYOUT = List.of(KIND, OBLIGATION, Column.required("date", ColumnType.DATE), PERIOD,
            Column.optional("system", ColumnType.TEXT), Column.optional("task", ColumnType.TEXT), Column.optional("ticket", ColumnType.TEXT),
            DOCUMENT, Column.optional("note", ColumnType.TEXT));

    @Override
    public String name() {
        return "obligation-evidence";
    }

    @Override
    public String description() {
        return "monthly reports received, QBRs held, maintenance tasks done, documents updated (CSV/XLSX, docs/coverage.md)";
    }

    @Override
    List<Column> layout() {
        return LAYOUT;
    }

    @Override
    String kind() {
        return "obligation-record";
    }

    @Override
    String sourceId(ObjectNode json) {
        return Stream.of("kind", "obligation", "date", "period", "ticket", "task", "system", "document")
                .map(k -> json.has(k) ? json.get(k).asString() : "").collect(Collectors.joining("/"));
    }

    @Override
    void check(TableReader reader, ExportRow row, ObjectNode json) {
        Checks.id(reader, row, json, OBLIGATION, "an obligation id of the contract");
        String kind = json.has("kind") ? json.get("kind").asString() : "";
        if (kind.equals("monthly_report") && !json.has("period")) {
            reader.problem(row, PERIOD, "expected the month the report covers (YYYY-MM) for a monthly_report; found nothing");
        }
        if (kind.equals("documentation") && !json.has("document")) {
            reader.problem(row, DOCUMENT, "expected the document's name for a documentation update; found nothing");
        }
        if (kind.equals("maintenance") && !json.has("obligation") && !json.has("task")) {
            reader.problem(row, OBLIGATION, "expected the maintenance obligation's id, or its task in the task column; found neither");
        }
    }

    @Override
    CoverageEvidence evidenceOf(List<LoggedObservation> observations) {
        return CoverageEvidence.empty().withObligationRecords(observations.stream().map(o -> {
            ParsedFields f = new ParsedFields(o);
            return new ObligationRecord(ObligationRecordKind.fromWire(f.text("kind")).orElseThrow(), f.optionalText("obligation").map(ObligationId::new),
                    f.date("date"), f.optionalMonth("period"), f.textOrEmpty("system"), f.textOrEmpty("task"), f.textOrEmpty("ticket"),
                    f.textOrEmpty("document"), f.textOrEmpty("note"), o.ref());
        }).toList());
    }
}

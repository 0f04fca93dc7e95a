package io.witness.sources.operations;

import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.backup.RestoreResult;
import io.witness.core.coverage.backup.RestoreTest;
import io.witness.sources.format.LoggedObservation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code restore-tests}: test restores, one a row (docs/coverage.md, "Restore tests"): {@code system},
 * {@code tested_at}, {@code result} ({@code success}, {@code partial}, {@code failed}), {@code datasets},
 * {@code restore_point}, {@code duration_minutes}, {@code verified_by}, {@code note}.
 */
public final class RestoreTestsFormat extends CsvEvidenceFormat {

    private static final List<Column> LAYOUT = List.of(Column.required("system", ColumnType.TEXT),
            Column.required("tested_at", ColumnType.INSTANT), Column.choice("result", true, "success", "partial", "failed"),
            Column.optional("datasets", ColumnType.LIST), Column.optional("restore_point", ColumnType.INSTANT),
            Column.optional("duration_minutes", ColumnType.INTEGER), Column.optional("verified_by", ColumnType.TEXT),
            Column.optional("note", ColumnType.TEXT));

    @Override
    public String name() {
        return "restore-tests";
    }

    @Override
    public String description() {
        return "test restores per system: when, result, what was restored, who checked it (CSV/XLSX, docs/coverage.md)";
    }

    @Override
    List<Column> layout() {
        return LAYOUT;
    }

    @Override
    String kind() {
        return "restore-test";
    }

    @Override
    String sourceId(ObjectNode json) {
        return json.get("system").asString() + "/" + json.get("tested_at").asString();
    }

    @Override
    Optional<Instant> claimedAt(ObjectNode json) {
        return Optional.of(Instant.parse(json.get("tested_at").asString()));
    }

    @Override
    CoverageEvidence evidenceOf(List<LoggedObservation> observations) {
        return CoverageEvidence.empty().withRestoreTests(observations.stream().map(o -> {
            ParsedFields f = new ParsedFields(o);
            String note = String.join("; ", java.util.stream.Stream.of(f.textOrEmpty("verified_by").isEmpty() ? ""
                    : "verified by " + f.textOrEmpty("verified_by"), f.textOrEmpty("note")).filter(s -> !s.isEmpty()).toList());
            return new RestoreTest(f.text("system"), f.instant("tested_at"), RestoreResult.fromWire(f.text("result")).orElseThrow(),
                    f.list("datasets"), note, o.ref());
        }).toList());
    }
}

package io.witness.sources.csv;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code csv} format: any CSV export, read through a mapping file given with {@code --mapping} that
 * says how to read it and what its columns hold (docs/importers/csv-mapping.md). One observation per row.
 * Thread-safe: mappings read are kept by their text.
 */
public final class CsvFormat implements SourceFormat {

    private final Map<String, CsvMapping> mappings = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "any CSV export, with a mapping file (--mapping) naming its columns, times and whether rows are snapshots or events";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<CsvMapping> mapping = mapping(context, file.name(), problems);
        if (mapping.isEmpty()) {
            return new ParsedFile(List.of(), problems, 0);
        }
        return new CsvRows(mapping.get(), file, context).read();
    }

    @Override
    public CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        List<InputProblem> problems = new ArrayList<>();
        CsvMapping mapping = mapping(context, "the csv format", problems).orElseThrow(() -> new IllegalArgumentException(
                "the mapping cannot be read: " + problems.stream().map(InputProblem::toString).reduce((a, b) -> a + "; " + b).orElse("")));
        return CsvCase.events(mapping, caseId, observations, context);
    }

    private Optional<CsvMapping> mapping(ImportContext context, String forWhat, List<InputProblem> problems) {
        if (context.mapping().isEmpty()) {
            problems.add(new InputProblem(forWhat, 0, 0, "",
                    "expected a mapping file (--mapping FILE) naming the columns of the export, found none"));
            return Optional.empty();
        }
        ImportContext.TextFile file = context.mapping().get();
        CsvMapping known = mappings.get(file.name() + '\u0000' + file.text());
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CsvMapping> read = MappingYaml.read(file.text(), file.name(), problems);
        read.ifPresent(m -> mappings.put(file.name() + '\u0000' + file.text(), m));
        return read;
    }
}

package io.witness.sources.tracker;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import io.witness.sources.sheet.CellValue;
import io.witness.sources.sheet.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code tracker} format: the client's own spreadsheet of IT issues, CSV or XLSX, with the columns a
 * careful client keeps (date, issue, priority, reported at, response at, resolved at, SLA target,
 * met/missed, impact, people affected, notes…) found by their usual names. Each row is one observation
 * and one case, the client's own record. docs/importers/tracker.md says it all. Stateless and thread-safe.
 */
public final class TrackerFormat implements SourceFormat {

    /** The observation kind: one row of the tracker. */
    public static final String KIND = "tracker-row";

    @Override
    public String name() {
        return "tracker";
    }

    @Override
    public String description() {
        return "the client's own issues spreadsheet (CSV or XLSX): date, issue, priority, reported/response/resolved at, "
                + "SLA target, met/missed, impact, people affected, notes";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<TrackerOptions> options = TrackerOptions.of(context, problems);
        Optional<Map<String, List<SheetRow>>> sheets = options.isPresent() ? TrackerInput.rows(file, problems) : Optional.empty();
        if (sheets.isEmpty()) {
            return new ParsedFile(List.of(), problems, 0);
        }
        Optional<Sheet> sheet = sheet(file.name(), sheets.get(), options.get(), problems);
        if (sheet.isEmpty() || !columnsFound(file.name(), sheet.get(), problems)) {
            return new ParsedFile(List.of(), problems, 0);
        }
        List<SheetRow> data = sheet.get().rows().subList(sheet.get().header().row() + 1, sheet.get().rows().size());
        Optional<Boolean> dayFirst = TrackerDates.dayFirst(file.name(), sheet.get().header(), data, options.get(), problems);
        if (dayFirst.isEmpty()) {
            return new ParsedFile(List.of(), problems, data.stream().filter(r -> !r.isBlank()).count());
        }
        TrackerRows rows = new TrackerRows(file, context, sheet.get().header(), new TrackerTimes(dayFirst.get()), problems);
        List<ObservationDraft> drafts = new ArrayList<>();
        long read = 0;
        for (SheetRow row : data) {
            if (!row.isBlank()) {
                read++;
                rows.read(row).ifPresent(drafts::add);
            }
        }
        return new ParsedFile(drafts, problems, read);
    }

    @Override
    public CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        return TrackerCase.events(caseId, observations, context);
    }

    /** A sheet's rows and its header. */
    private record Sheet(List<SheetRow> rows, TrackerHeader header) {
    }

    private static Optional<Sheet> sheet(String file, Map<String, List<SheetRow>> sheets, TrackerOptions options,
            List<InputProblem> problems) {
        if (options.sheet().isPresent()) {
            List<SheetRow> rows = sheets.get(options.sheet().get());
            if (rows == null) {
                problems.add(new InputProblem(file, 0, 0, "", "expected a sheet '" + options.sheet().get() + "', found: "
                        + String.join(", ", sheets.keySet())));
                return Optional.empty();
            }
            sheets = Map.of(options.sheet().get(), rows);
        }
        for (List<SheetRow> rows : sheets.values()) {
            Optional<TrackerHeader> header = TrackerHeader.find(rows, options);
            if (header.isPresent()) {
                return Optional.of(new Sheet(rows, header.get()));
            }
        }
        problems.add(new InputProblem(file, 0, 0, "", "expected a header row naming at least two tracker columns, one of them "
                + "the issue, the date or the time reported, in the first " + TrackerHeader.SEARCHED_ROWS + " rows"
                + (sheets.size() > 1 || !sheets.containsKey("") ? " of a sheet" : "") + ", found none"));
        return Optional.empty();
    }

    private static boolean columnsFound(String file, Sheet sheet, List<InputProblem> problems) {
        TrackerHeader header = sheet.header();
        SheetRow row = sheet.rows().get(header.row());
        int before = problems.size();
        if (!header.columns().containsKey(TrackerColumn.REPORTED) && !header.columns().containsKey(TrackerColumn.DATE)) {
            problems.add(TrackerRows.at(file, row, 0, List.of(), "expected a column of when each issue was reported ('reported at' "
                    + "or 'date', or another of their names), found none among: " + String.join(", ", header.names())));
        }
        if (!header.columns().containsKey(TrackerColumn.ISSUE) && !header.columns().containsKey(TrackerColumn.REF)) {
            problems.add(TrackerRows.at(file, row, 0, List.of(), "expected a column of the issue or of a ref to tell rows apart, "
                    + "found none among: " + String.join(", ", header.names())));
        }
        return problems.size() == before && !row.cells().stream().allMatch(CellValue::isBlank);
    }
}

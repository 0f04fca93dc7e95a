package io.witness.sources.export;

import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import io.witness.ledger.chain.LedgerTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The zone and format of the local times of one table, found once for the whole file: the format given
 * by the user, else the one of a system's common formats that reads every time in the file (or, when
 * none does, the most of them: each time it cannot read is then reported where it is). Immutable.
 *
 * @param zone the zone the times are read in
 * @param format their format
 */
public record TableTimes(ZoneId zone, LocalTimes format) {

    public TableTimes {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(format, "format");
    }

    /** A cell holding a time: its row, its column and its text. */
    public record TimeCell(ExportRow row, int column, String text) {
    }

    /**
     * The times of a table, or empty with a problem when they cannot be read: no zone given, a time that
     * no format reads, or times that several read differently.
     *
     * @param cells every non-blank cell that holds a time
     * @param zone the zone given with {@code --zone}
     * @param given the format given in the mapping file
     * @param candidates the system's formats, most likely first
     * @param system the system's name for messages ("ServiceNow's")
     */
    public static Optional<TableTimes> of(ExportTable table, List<TimeCell> cells, Optional<ZoneId> zone,
            Optional<LocalTimes> given, List<String> candidates, String system, Problems problems) {
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        if (zone.isEmpty()) {
            problems.add(new InputProblem(table.file(), 0, 0, "", "the dates and times in this file have no offset: give the "
                    + "zone of the user who exported it with --zone (such as Europe/Berlin)"));
            return Optional.empty();
        }
        if (given.isPresent()) {
            return Optional.of(new TableTimes(zone.get(), given.get()));
        }
        List<String> samples = new ArrayList<>(cells.size());
        cells.forEach(c -> samples.add(c.text()));
        LocalTimes.Detection detection = LocalTimes.detect(samples, candidates);
        if (detection instanceof LocalTimes.Detection.Found found) {
            return Optional.of(new TableTimes(zone.get(), found.format()));
        }
        if (detection instanceof LocalTimes.Detection.Mostly mostly) {
            return Optional.of(new TableTimes(zone.get(), mostly.format()));
        }
        if (detection instanceof LocalTimes.Detection.NoneFits none) {
            TimeCell cell = cells.get(none.index());
            problems.add(cell.row().problemAt(cell.column(), "expected a date and time in one of " + system + " formats ("
                    + String.join(", ", candidates) + "), found '" + cell.text().strip() + "'"
                    + (cells.size() > 1 ? " (and " + (cells.size() - 1) + " more times in no such format)" : "")));
            return Optional.empty();
        }
        LocalTimes.Detection.Ambiguous ambiguous = (LocalTimes.Detection.Ambiguous) detection;
        problems.add(new InputProblem(table.file(), 0, 0, "", "the dates and times fit more than one format ("
                + String.join(", ", ambiguous.patterns()) + "): say which with date_format in the --mapping file"));
        return Optional.empty();
    }

    /** The instant of a time written in this table, if it is one. */
    public Optional<Instant> instant(String text) {
        // a year the ledger cannot keep (a sign slipped in: -2024) is not a time, so it is reported, not stored
        return format.read(text).map(local -> LocalTimes.instant(local, zone)).filter(LedgerTime::holds);
    }
}

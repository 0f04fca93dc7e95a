package io.witness.sources.kpi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The UCI ServiceNow incident event log read plainly, apart from any Witness code, for figures to check
 * Witness's against: the file has no quoting, so a row is its line split at commas; each incident's rows
 * in the order of update time, then update count, then the file (the order the log's README gives).
 */
final class UciLog {

    static final Path FILE = locate("real/uci-servicenow-incident-log/incident_event_log.csv.gz");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm");

    /** One row: the columns the checks read. */
    record Row(int index, String number, String state, int reopenCount, int modCount, LocalDateTime openedAt,
            LocalDateTime updatedAt, String category) {
    }

    private UciLog() {
    }

    /** Every incident's rows in update order, incidents in the order of their first row. */
    static Map<String, List<Row>> incidents() {
        Map<String, List<Row>> incidents = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(FILE));
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = List.of(lines.readLine().split(","));
            int number = header.indexOf("number");
            int state = header.indexOf("incident_state");
            int reopen = header.indexOf("reopen_count");
            int mod = header.indexOf("sys_mod_count");
            int opened = header.indexOf("opened_at");
            int updated = header.indexOf("sys_updated_at");
            int category = header.indexOf("category");
            int index = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] cells = line.split(",", -1);
                incidents.computeIfAbsent(cells[number], n -> new ArrayList<>()).add(new Row(index++, cells[number],
                        cells[state], Integer.parseInt(cells[reopen]), Integer.parseInt(cells[mod]),
                        LocalDateTime.parse(cells[opened], TIME), LocalDateTime.parse(cells[updated], TIME), cells[category]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Comparator<Row> order = Comparator.comparing(Row::updatedAt).thenComparingInt(Row::modCount)
                .thenComparingInt(Row::index);
        incidents.values().forEach(rows -> rows.sort(order));
        return incidents;
    }

    /** The data under the folder {@code shared} beside the repository (the build's copy may link to it). */
    private static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolveSibling("shared").resolve("data").resolve(relative);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("The shared data file is missing: shared/data/" + relative);
    }
}

package io.witness.sources.servicenow.eventlog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The events the rules of docs/importers/servicenow-eventlog.md give for the real log, counted by a
 * separate, simple reading: lines split at commas (the file has no quotes), rows compared as text, the
 * fixture contract's classes written out here. Shares no code with the format.
 */
final class IndependentCount {

    record Counts(long rows, long incidents, long events, long unmappedStatuses) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm");
    private static final Map<String, String> CLASS = Map.of("New", "new", "Active", "in_progress", "Awaiting User Info", "waiting",
            "Awaiting Evidence", "waiting", "Awaiting Vendor", "waiting", "Awaiting Problem", "waiting", "Resolved", "resolved",
            "Closed", "closed");

    private IndependentCount() {
    }

    static Counts of(Path gz) throws IOException {
        Map<String, List<String[]>> incidents = new LinkedHashMap<>();
        Map<String, Integer> column = new HashMap<>();
        long rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",", -1);
            for (int i = 0; i < header.length; i++) {
                column.put(header[i], i);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows++;
                String[] row = line.split(",", -1);
                incidents.computeIfAbsent(row[column.get("number")], n -> new ArrayList<>()).add(row);
            }
        }
        long events = 0;
        long unmapped = 0;
        for (List<String[]> updates : incidents.values()) {
            List<Integer> order = new ArrayList<>();
            List<LocalDateTime> times = new ArrayList<>();
            for (int i = 0; i < updates.size(); i++) {
                order.add(i);
                times.add(LocalDateTime.parse(updates.get(i)[column.get("sys_updated_at")], TIME));
            }
            order.sort(Comparator.<Integer, LocalDateTime>comparing(times::get)
                    .thenComparingInt(i -> Integer.parseInt(updates.get(i)[column.get("sys_mod_count")])).thenComparingInt(i -> i));
            String[] first = updates.get(order.get(0));
            String state = first[column.get("incident_state")];
            String statusClass = CLASS.get(state);
            unmapped += statusClass == null ? 1 : 0;
            events++; // opened
            Map<String, String> details = new HashMap<>();
            events += changedDetails(first, column, details) ? 1 : 0;
            events += "resolved".equals(statusClass) || "closed".equals(statusClass) ? 1 : 0;
            String group = value(first, column, "assignment_group");
            String madeSla = value(first, column, "made_sla");
            events += (group != null ? 1 : 0) + (madeSla != null ? 1 : 0);
            String priority = first[column.get("priority")];
            for (int k = 1; k < order.size(); k++) {
                String[] before = updates.get(order.get(k - 1));
                String[] row = updates.get(order.get(k));
                if (Integer.parseInt(row[column.get("reopen_count")]) > Integer.parseInt(before[column.get("reopen_count")])) {
                    events++;
                }
                String now = row[column.get("incident_state")];
                if (!now.equals(before[column.get("incident_state")])) {
                    events++;
                    String nowClass = CLASS.get(now);
                    unmapped += nowClass == null ? 1 : 0;
                    if (("resolved".equals(nowClass) || "closed".equals(nowClass)) && !nowClass.equals(statusClass)) {
                        events++;
                    }
                    statusClass = nowClass;
                }
                if (!row[column.get("priority")].equals(priority)) {
                    events++;
                    priority = row[column.get("priority")];
                }
                String rowGroup = value(row, column, "assignment_group");
                if (rowGroup != null && !rowGroup.equals(group)) {
                    events++;
                    group = rowGroup;
                }
                events += changedDetails(row, column, details) ? 1 : 0;
                String rowSla = value(row, column, "made_sla");
                if (rowSla != null && !rowSla.equals(madeSla)) {
                    events++;
                    madeSla = rowSla;
                }
            }
        }
        return new Counts(rows, incidents.size(), events, unmapped);
    }

    private static boolean changedDetails(String[] row, Map<String, Integer> column, Map<String, String> recorded) {
        boolean changed = false;
        for (String field : List.of("u_symptom", "caller_id", "category", "subcategory", "cmdb_ci", "contact_type")) {
            String value = value(row, column, field);
            if (value != null && !Objects.equals(recorded.get(field), value)) {
                recorded.put(field, value);
                changed = true;
            }
        }
        return changed;
    }

    private static String value(String[] row, Map<String, Integer> column, String name) {
        String cell = row[column.get(name)];
        return cell.equals("?") || cell.isEmpty() ? null : cell;
    }
}

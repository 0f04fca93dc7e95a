package io.witness.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.testing.TextEdits;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.timeline.Imports;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzing the csv format: random and mutated exports and mappings end in problems or events, never in an exception. */
class CsvFormatProperties {

    private static final CsvFormat FORMAT = new CsvFormat();
    private static final String SNAPSHOTS = Imports.text(CsvFormatProperties.class, "servicenow-list.csv");
    private static final String EVENTS = Imports.text(CsvFormatProperties.class, "activity-log.csv");
    private static final String SNAPSHOT_MAPPING = Imports.text(CsvFormatProperties.class, "servicenow-list.yaml");
    private static final String EVENT_MAPPING = Imports.text(CsvFormatProperties.class, "activity-log.yaml");
    private static final List<String> FRAGMENTS = List.of(";", ",", "\"", "\"\"", "\r\n", "\n", "\r", "?", "#N/B", "\uFEFF",
            "31.02.2026 25:61:00", "2026-13-01T00:00:00Z", "0", "10", "x", "", " ", "\t", "é", "\u0000", "1,5", "1.234,5");
    private static final List<String> YAML_FRAGMENTS = List.of(": ", "\n", "- ", "[", "]", "{", "}", "'", "\"", "#", "tab",
            "none", "events", "snapshots", "zone: Nowhere", "pattern: '{'", "  ", "case: ", "header_row: 0", "&a", "*a", "!!binary");

    @Property(tries = 200)
    void randomBytesEndInProblemsOrEvents(@ForAll byte[] bytes) {
        readsCleanly(bytes, SNAPSHOT_MAPPING);
        readsCleanly(bytes, EVENT_MAPPING);
    }

    @Property(tries = 300)
    void mutatedSnapshotExportsEndInProblemsOrEvents(@ForAll("snapshotExports") String csv) {
        readsCleanly(csv.getBytes(StandardCharsets.UTF_8), SNAPSHOT_MAPPING);
    }

    @Property(tries = 300)
    void mutatedEventExportsEndInProblemsOrEvents(@ForAll("eventExports") String csv) {
        readsCleanly(csv.getBytes(StandardCharsets.UTF_8), EVENT_MAPPING);
    }

    @Property(tries = 150)
    void mutatedMappingsEndInProblemsOrEvents(@ForAll("mappings") String mapping) {
        readsCleanly(SNAPSHOTS.getBytes(StandardCharsets.UTF_8), mapping);
        readsCleanly(EVENTS.getBytes(StandardCharsets.UTF_8), mapping);
    }

    private static void readsCleanly(byte[] bytes, String mapping) {
        ImportContext context = Imports.mapped(Imports.inZone(Imports.client("csv"), "Europe/Berlin"), "map.yaml", mapping);
        ParsedFile parsed = FORMAT.parse(new ImportFile("fuzz.csv", bytes), context);
        assertThat(parsed.rowsRead()).isGreaterThanOrEqualTo(parsed.observations().size());
        parsed.problems().forEach(p -> assertThat(p.message()).isNotBlank());
        if (!parsed.problems().isEmpty()) {
            return;
        }
        Map<CaseId, List<ObservationDraft>> cases = new LinkedHashMap<>();
        parsed.observations().forEach(o -> cases.computeIfAbsent(o.caseRef().orElseThrow(), c -> new ArrayList<>()).add(o));
        cases.forEach((id, observations) -> FORMAT.normalise(id, observations, context));
    }

    @Provide
    Arbitrary<String> snapshotExports() {
        return mutations(SNAPSHOTS, FRAGMENTS);
    }

    @Provide
    Arbitrary<String> eventExports() {
        return mutations(EVENTS, FRAGMENTS);
    }

    @Provide
    Arbitrary<String> mappings() {
        return Arbitraries.of(SNAPSHOT_MAPPING, EVENT_MAPPING).flatMap(m -> mutations(m, YAML_FRAGMENTS));
    }

    private static Arbitrary<String> mutations(String text, List<String> fragments) {
        return TextEdits.of(text, fragments, 5, 30);
    }
}

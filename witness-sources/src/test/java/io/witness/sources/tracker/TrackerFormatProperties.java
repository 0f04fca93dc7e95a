package io.witness.sources.tracker;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzing the tracker: random bytes, mutated CSV trackers and corrupted workbooks end in problems or events, never in an exception. */
class TrackerFormatProperties {

    private static final TrackerFormat FORMAT = new TrackerFormat();
    private static final ImportContext CONTEXT = Imports.inZone(Imports.client("tracker"), "America/New_York");
    private static final String CSV = Imports.text(TrackerFormatProperties.class, "harbor-pine-tracker.csv");
    private static final byte[] WORKBOOK = TrackerWorkbooks.harborPine();
    private static final List<String> FRAGMENTS = List.of(",", ";", "\"", "\r\n", "\n", "?", "-", "#N/A", "13/03/2026",
            "03/14/2026", "25:61", "31/02/2026 10:00", "9:15 pm", "Reported at", "Issue", "Date", "", " ", "\u0000", "é", "\uFEFF");

    @Property(tries = 200)
    void randomBytesEndInProblemsOrEvents(@ForAll byte[] bytes) {
        readsCleanly(bytes);
    }

    @Property(tries = 300)
    void mutatedCsvTrackersEndInProblemsOrEvents(@ForAll("csvTrackers") String csv) {
        readsCleanly(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 100)
    void corruptedWorkbooksEndInProblemsOrEvents(@ForAll("corruptions") List<int[]> flips, @ForAll("cuts") int cut) {
        byte[] bytes = Arrays.copyOf(WORKBOOK, Math.max(4, WORKBOOK.length - cut));
        for (int[] flip : flips) {
            int at = flip[0] % bytes.length;
            bytes[at] = (byte) (bytes[at] ^ flip[1]);
        }
        readsCleanly(bytes);
    }

    @Property(tries = 100)
    void randomBytesThatLookLikeAZipEndInAProblem(@ForAll byte[] bytes) {
        byte[] zip = new byte[bytes.length + 4];
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        System.arraycopy(bytes, 0, zip, 4, bytes.length);
        ParsedFile parsed = FORMAT.parse(new ImportFile("tracker.xlsx", zip), CONTEXT);
        assertThat(parsed.problems()).isNotEmpty();
    }

    private static void readsCleanly(byte[] bytes) {
        ParsedFile parsed = FORMAT.parse(new ImportFile("tracker", bytes), CONTEXT);
        assertThat(parsed.rowsRead()).isGreaterThanOrEqualTo(parsed.observations().size());
        parsed.problems().forEach(p -> assertThat(p.message()).isNotBlank());
        Map<CaseId, List<ObservationDraft>> cases = new LinkedHashMap<>();
        parsed.observations().forEach(o -> cases.computeIfAbsent(o.caseRef().orElseThrow(), c -> new ArrayList<>()).add(o));
        cases.forEach((id, observations) -> FORMAT.normalise(id, observations, CONTEXT));
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(1, WORKBOOK.length - 4));
    }

    @Provide
    Arbitrary<List<int[]>> corruptions() {
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(1, 255))
                .as((at, mask) -> new int[] {at, mask}).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> csvTrackers() {
        return TextEdits.of(CSV, FRAGMENTS, 5, 30);
    }
}

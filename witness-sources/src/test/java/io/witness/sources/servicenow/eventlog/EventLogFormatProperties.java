package io.witness.sources.servicenow.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.testing.Contexts;
import io.witness.sources.testing.Mutations;
import io.witness.sources.testing.ParsesCleanly;
import io.witness.sources.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever bytes the servicenow-eventlog format is given, parsing ends in observations and clean
 * problems, never an exception; what it keeps is canonical JSON and normalises without failing. Inputs:
 * random bytes, and slices of the real log (the header and 30 rows from its start and middle) mutated (#6).
 */
class EventLogFormatProperties {

    private static final List<byte[]> REAL_SLICES = slices();
    private static final ImportContext CONTEXT = Contexts.inZone(Contexts.client("fuzz", "servicenow-eventlog"), "America/Sao_Paulo");

    private static List<byte[]> slices() {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                SharedData.file("real/uci-servicenow-incident-log/incident_event_log.csv.gz")))) {
            String[] lines = new String(in.readNBytes(2_000_000), StandardCharsets.UTF_8).split("\n");
            List<byte[]> slices = new ArrayList<>();
            for (int from : new int[] {1, 2_000, 5_000}) {
                slices.add((lines[0] + "\n" + String.join("\n", java.util.Arrays.copyOfRange(lines, from, from + 30)) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return slices;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void randomBytesEndInCleanProblems(@ForAll("random") byte[] bytes) {
        readsCleanly(bytes);
    }

    @Property(tries = 300)
    void mutatedRealRowsEndInObservationsOrCleanProblems(@ForAll("mutated") byte[] bytes) {
        readsCleanly(bytes);
    }

    private static void readsCleanly(byte[] bytes) {
        ParsesCleanly.Checked checked = ParsesCleanly.check(new EventLogFormat(), new ImportFile("fuzz.csv", bytes), CONTEXT);
        for (ObservationDraft draft : checked.parsed().observations()) {
            assertThat(draft.parsedJson()).isEqualTo(CanonicalJson.write(CanonicalJson.parse(draft.parsedJson())));
        }
    }

    @Provide
    Arbitrary<byte[]> random() {
        return Mutations.randomBytes(600);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return Mutations.mutated(REAL_SLICES);
    }
}

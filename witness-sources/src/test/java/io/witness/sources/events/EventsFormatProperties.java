package io.witness.sources.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.testing.Contexts;
import io.witness.sources.testing.Mutations;
import io.witness.sources.testing.ParsesCleanly;
import io.witness.sources.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever bytes the events format is given, parsing ends in observations and clean problems, never an
 * exception, and what it keeps normalises. Inputs: random bytes, and the quickstart's client events
 * mutated (#6).
 */
class EventsFormatProperties {

    private static final ImportContext CONTEXT = Contexts.client("fuzz", "events");
    private static final List<byte[]> FIXTURES = List.of(clientLines());

    private static byte[] clientLines() {
        try {
            return String.join("\n", Files.readAllLines(SharedData.root().resolve("examples/quickstart/events.jsonl")).stream()
                    .filter(l -> l.contains("\"side\":\"client\"")).limit(25).toList()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void randomBytesEndInCleanProblems(@ForAll("random") byte[] bytes) {
        readsCleanly(bytes);
    }

    @Property(tries = 300)
    void mutatedEventLinesEndInObservationsOrCleanProblems(@ForAll("mutated") byte[] bytes) {
        readsCleanly(bytes);
    }

    private static void readsCleanly(byte[] bytes) {
        ParsesCleanly.Checked checked = ParsesCleanly.check(new EventsFormat(), new ImportFile("fuzz.jsonl", bytes), CONTEXT);
        checked.events().forEach((caseId, events) -> assertThat(events.events()).hasSizeLessThanOrEqualTo(checked.cases().get(caseId).size()));
    }

    @Provide
    Arbitrary<byte[]> random() {
        return Mutations.randomBytes(600);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return Mutations.mutated(FIXTURES);
    }
}

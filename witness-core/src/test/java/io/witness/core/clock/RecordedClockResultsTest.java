package io.witness.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every result of 1,000 random cases per contract ({@link TwoSidedStories}), every figure, segment and
 * cause in words and the event each cause names, is the one recorded in
 * {@code clock/recorded-results.txt}: a fingerprint of each case's results as the engine gave them before
 * its causes were kept as codes (#3). A change of the engine's representation must not change a result;
 * a change of its rules rewrites the file ({@code -Dwitness.recordResults=true}) in the same commit.
 */
class RecordedClockResultsTest {

    private static final Path RECORDED = Path.of("src/test/resources/clock/recorded-results.txt");
    private static final int CASES = 1_000;

    @Test // #3
    void everyFigureAndExplanationIsTheOneRecorded() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < TwoSidedStories.CONTRACTS.size(); c++) {
            Contract contract = TwoSidedStories.CONTRACTS.get(c);
            ClockEngine engine = new ClockEngine(contract.clocks(), contract.statusClassifier());
            for (int seed = 0; seed < CASES; seed++) {
                Random random = new Random(seed);
                List<TicketEvent> events = TwoSidedStories.story(random);
                Instant now = TwoSidedStories.nowAfter(events, random);
                StringBuilder text = new StringBuilder();
                for (Side side : ClockEngine.timelinesOf(events)) {
                    for (ClockResult result : engine.compute(TwoSidedStories.CASE, events, side, now)) {
                        describe(result, events, text);
                    }
                }
                lines.add(c + " " + seed + " " + fingerprint(text));
            }
        }
        if (Boolean.getBoolean("witness.recordResults")) {
            Files.write(RECORDED, lines);
        }
        assertThat(lines).containsExactlyElementsOf(Files.readAllLines(RECORDED));
    }

    /** Every accessor of the result, and for each cause the position of its event in the case. */
    private static void describe(ClockResult result, List<TicketEvent> events, StringBuilder text) {
        text.append(result).append('|').append(result.side()).append('|').append(result.cycle()).append('|')
                .append(result.state()).append('|').append(result.priority()).append('|').append(result.calendar())
                .append('|').append(result.target()).append('|').append(result.startedAt()).append('|')
                .append(result.elapsed()).append('|').append(result.paused()).append('|').append(result.due())
                .append('|').append(result.stoppedAt()).append('|').append(result.breachedAt()).append('|')
                .append(result.warningAt()).append('|').append(result.endedAt()).append('|').append(result.margin())
                .append('|').append(result.reason()).append('|').append(position(result.cause(), events)).append('\n');
        for (Segment segment : result.segments()) {
            text.append("  ").append(segment).append('|').append(position(segment.cause(), events)).append('\n');
        }
    }

    private static int position(Cause cause, List<TicketEvent> events) {
        return cause.event().map(event -> {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) == event) {
                    return i;
                }
            }
            return -2;
        }).orElse(-1);
    }

    private static String fingerprint(CharSequence text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

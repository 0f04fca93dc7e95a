package io.witness.sources.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LocalTimesTest {

    static Stream<Arguments> localTimes() {
        return Stream.of(
                Arguments.of("2026-03-29T02:30", "Europe/Berlin", "2026-03-29T01:30:00Z", "skipped: moved forward an hour"),
                Arguments.of("2026-03-29T01:59:59", "Europe/Berlin", "2026-03-29T00:59:59Z", "just before the gap"),
                Arguments.of("2026-03-29T03:00", "Europe/Berlin", "2026-03-29T01:00:00Z", "the end of the gap"),
                Arguments.of("2026-10-25T02:30", "Europe/Berlin", "2026-10-25T00:30:00Z", "repeated: the first, summer time"),
                Arguments.of("2026-10-25T03:00", "Europe/Berlin", "2026-10-25T02:00:00Z", "after the overlap"),
                Arguments.of("2026-03-08T02:15", "America/New_York", "2026-03-08T07:15:00Z", "skipped in New York"),
                Arguments.of("2026-11-01T01:30", "America/New_York", "2026-11-01T05:30:00Z", "repeated in New York: EDT"),
                Arguments.of("2026-04-05T02:30", "Australia/Sydney", "2026-04-04T15:30:00Z", "repeated in Sydney: AEDT"),
                Arguments.of("2026-07-01T12:00", "UTC", "2026-07-01T12:00:00Z", "UTC has neither"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("localTimes")
    void readsSkippedTimesForwardAndRepeatedTimesAtTheirFirstShowing(String local, String zone, String instant, String why) {
        assertThat(LocalTimes.instant(LocalDateTime.parse(local), ZoneId.of(zone))).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("localTimes")
    void tellsWhichLocalTimesAreSkippedOrRepeated(String local, String zone, String instant, String why) {
        LocalDateTime time = LocalDateTime.parse(local);
        assertThat(LocalTimes.isSkipped(time, ZoneId.of(zone))).isEqualTo(why.startsWith("skipped"));
        assertThat(LocalTimes.isRepeated(time, ZoneId.of(zone))).isEqualTo(why.startsWith("repeated"));
    }
}

package io.witness.sources.psa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The times PSA exports write, with and without offsets, and local times placed across DST changes. */
class PsaTimesTest {

    static Stream<Arguments> withOffsets() {
        return Stream.of(
                Arguments.of("2026-03-06T14:12:00Z", "2026-03-06T14:12:00Z"),
                Arguments.of("2026-03-06T14:12:00.000Z", "2026-03-06T14:12:00Z"),
                Arguments.of("2026-03-06T09:12:00-05:00", "2026-03-06T14:12:00Z"),
                Arguments.of("2026-03-06T14:12:00.123+0000", "2026-03-06T14:12:00.123Z"),
                Arguments.of("2026-03-06 14:12:00Z", "2026-03-06T14:12:00Z"),
                Arguments.of("2026-03-06T14:12Z", "2026-03-06T14:12:00Z"));
    }

    @ParameterizedTest
    @MethodSource("withOffsets")
    void readsInstantsWithTheirOffset(String text, String instant) {
        assertThat(PsaTimes.withOffset(text)).contains(Instant.parse(instant));
    }

    static Stream<Arguments> locals() {
        return Stream.of(
                Arguments.of("2026-03-06 09:12", PsaTimes.DateOrder.MONTH_FIRST, "2026-03-06T09:12"),
                Arguments.of("2026-03-06T09:12:30.5", PsaTimes.DateOrder.DAY_FIRST, "2026-03-06T09:12:30.500"),
                Arguments.of("3/6/2026 9:12 PM", PsaTimes.DateOrder.MONTH_FIRST, "2026-03-06T21:12"),
                Arguments.of("03/06/2026 12:05 am", PsaTimes.DateOrder.MONTH_FIRST, "2026-03-06T00:05"),
                Arguments.of("3/6/26 21:12", PsaTimes.DateOrder.MONTH_FIRST, "2026-03-06T21:12"),
                Arguments.of("06/03/2026 21:12:05", PsaTimes.DateOrder.DAY_FIRST, "2026-03-06T21:12:05"),
                Arguments.of("6.3.2026 21:12", PsaTimes.DateOrder.DAY_FIRST, "2026-03-06T21:12"),
                Arguments.of("2026-03-06", PsaTimes.DateOrder.DAY_FIRST, "2026-03-06T00:00"),
                Arguments.of("3/6/2026", PsaTimes.DateOrder.MONTH_FIRST, "2026-03-06T00:00"));
    }

    @ParameterizedTest
    @MethodSource("locals")
    void readsLocalTimesInTheExportsDateOrder(String text, PsaTimes.DateOrder order, String local) {
        assertThat(PsaTimes.local(text, order)).contains(LocalDateTime.parse(local));
    }

    static Stream<Arguments> notTimes() {
        return Stream.of(Arguments.of("yesterday"), Arguments.of("13/6/2026 9:00"), Arguments.of("2026-02-30 10:00"),
                Arguments.of("25:00"), Arguments.of(""));
    }

    @ParameterizedTest
    @MethodSource("notTimes")
    void refusesWhatIsNotATimeInTheOrder(String text) {
        assertThat(PsaTimes.local(text, PsaTimes.DateOrder.MONTH_FIRST)).isEqualTo(Optional.empty());
        assertThat(PsaTimes.withOffset(text)).isEmpty();
    }

    static Stream<Arguments> dstNights() {
        return Stream.of(
                // gaps: the skipped local time moves forward by the gap's length
                Arguments.of("2026-03-08T02:30", "America/New_York", "2026-03-08T07:30:00Z"),
                Arguments.of("2026-03-29T01:30", "Europe/London", "2026-03-29T01:30:00Z"),
                Arguments.of("2026-03-29T02:15", "Europe/Berlin", "2026-03-29T01:15:00Z"),
                Arguments.of("2026-10-04T02:30", "Australia/Sydney", "2026-10-03T16:30:00Z"),
                // overlaps: the first showing, the earlier offset
                Arguments.of("2026-11-01T01:30", "America/New_York", "2026-11-01T05:30:00Z"),
                Arguments.of("2026-10-25T01:30", "Europe/London", "2026-10-25T00:30:00Z"),
                Arguments.of("2026-10-25T02:30", "Europe/Berlin", "2026-10-25T00:30:00Z"),
                Arguments.of("2026-04-05T02:30", "Australia/Sydney", "2026-04-04T15:30:00Z"),
                // an ordinary hour
                Arguments.of("2026-07-01T12:00", "America/New_York", "2026-07-01T16:00:00Z"));
    }

    @ParameterizedTest
    @MethodSource("dstNights")
    void placesLocalTimesDeterministicallyAcrossDst(String local, String zone, String instant) {
        assertThat(PsaTimes.inZone(LocalDateTime.parse(local), ZoneId.of(zone))).isEqualTo(Instant.parse(instant));
    }
}

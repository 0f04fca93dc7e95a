package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick reading of an event's instant gives what OffsetDateTime.parse gives, or leaves the text to it. */
class IsoInstantsReadLikeOffsetDateTimeTest { // #7

    @Test
    void readsTheInstantsEventsAreWrittenWithAsOffsetDateTimeDoes() {
        SplittableRandom random = new SplittableRandom(7);
        DateTimeFormatter[] shapes = {DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"), DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX")};
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 13_000_000_000L),
                    random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : random.nextInt(1000) * 1_000_000);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 4, 18 * 4 + 1) * 900);
            String text = OffsetDateTime.ofInstant(instant, offset).format(shapes[random.nextInt(shapes.length)]);

            Instant quick = IsoInstants.parse(text);

            if (quick != null) {
                assertThat(quick).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
            }
        }
        assertThat(IsoInstants.parse("2026-03-06T16:00:00Z")).isEqualTo(Instant.parse("2026-03-06T16:00:00Z"));
        assertThat(IsoInstants.parse("2026-03-06T16:00:00.25-05:00")).isEqualTo(Instant.parse("2026-03-06T21:00:00.250Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-06T16:00Z", "2026-03-06T16:00:00", "2026-03-06 16:00:00Z", "2026-03-06T16:00:00+05",
        "2026-03-06T16:00:00-00:00", "2026-03-06T16:00:00+18:00", "2026-03-06T16:00:00.Z", "2026-03-06T16:00:00.1234567890Z",
        "+12026-03-06T16:00:00Z", "2026-3-06T16:00:00Z", "2026-03-06T16:00:00z", "2026-03-06T16:00:00+05:00:00"})
    void leavesOtherShapesToOffsetDateTime(String text) {
        assertThat(IsoInstants.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T16:00:00Z", "2026-03-06T24:00:00Z", "2026-03-06T16:60:00Z", "2026-13-06T16:00:00Z",
        "2026-03-06T16:00:60Z"})
    void refusesWhatOffsetDateTimeRefuses(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeException.class);
    }
}

package io.witness.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class InstantTextProperties {

    @Property(tries = 5_000)
    void writesWhatInstantToStringWrites(@ForAll @LongRange(min = -70_000_000_000L, max = 260_000_000_000L) long seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nano, @ForAll @IntRange(min = 0, max = 3) int rounding) {
        int[] units = {1, 1_000, 1_000_000, 1_000_000_000};
        Instant instant = Instant.ofEpochSecond(seconds, nano / units[rounding] * units[rounding]);

        assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
    }

    @Example
    void writesTheEdgesOfItsYearsAndOfTheirDays() {
        for (String text : new String[] {"1970-01-01T00:00:00Z", "1999-12-31T23:59:59.999Z", "2000-02-29T12:00:00.000001Z",
                "2026-03-01T00:00:00.000000001Z", "9999-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z",
                "1969-12-31T23:59:59Z"}) {
            assertThat(InstantText.of(Instant.parse(text))).isEqualTo(text);
        }
    }
}

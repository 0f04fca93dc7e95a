package io.witness.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code betweenEachMillis} is a faster way to the same figures as {@code betweenMillis}, stretch by stretch. */
class BetweenEachProperties {

    @Provide
    Arbitrary<CalendarSamples.Named> calendars() {
        return CalendarSamples.calendars();
    }

    @Provide
    Arbitrary<List<Instant>> instantLists() {
        return CalendarSamples.instants().list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 500)
    void givesTheOpenTimeOfEachStretch(@ForAll("calendars") CalendarSamples.Named named,
            @ForAll("instantLists") List<Instant> instants) {
        BusinessCalendar calendar = named.calendar();
        long[] bounds = instants.stream().mapToLong(Instant::toEpochMilli).sorted().toArray();
        long[] each = new long[bounds.length - 1];

        calendar.betweenEachMillis(bounds, bounds.length - 1, each);

        for (int i = 0; i < each.length; i++) {
            assertThat(each[i]).as("stretch %d of %s", i, named).isEqualTo(calendar.betweenMillis(bounds[i], bounds[i + 1]));
        }
    }
}

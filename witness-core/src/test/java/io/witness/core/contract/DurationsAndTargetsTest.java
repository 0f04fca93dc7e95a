package io.witness.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.clock.Target;
import io.witness.core.event.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations are written the ISO way or the way people write them; whole business days follow the calendar. */
class DurationsAndTargetsTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("30m", Duration.ofMinutes(30)),
                Arguments.of("45 min", Duration.ofMinutes(45)),
                Arguments.of("4h", Duration.ofHours(4)),
                Arguments.of("2 hours", Duration.ofHours(2)),
                Arguments.of("1h30m", Duration.ofMinutes(90)),
                Arguments.of("1h 30m", Duration.ofMinutes(90)),
                Arguments.of("1 hour 15 minutes", Duration.ofMinutes(75)),
                Arguments.of("0m", Duration.ZERO),
                Arguments.of("PT30M", Duration.ofMinutes(30)),
                Arguments.of("PT1H30M", Duration.ofMinutes(90)),
                Arguments.of("P1D", Duration.ofHours(24)));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void readsIsoAndHumanDurations(String text, Duration expected) {
        assertThat(DurationYaml.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2d", "30 minuets", "-PT1H", "", "h", "1.5h", "30", "PT", "1m30h"})
    void refusesWhatIsNotADuration(String text) {
        assertThat(DurationYaml.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void writesWhatItReads(String text, Duration duration) {
        assertThat(DurationYaml.parse(DurationYaml.write(duration))).contains(duration);
    }

    @Test
    void twoBusinessDaysFromFridayAfternoonAreDueTuesdayAtTheSameTime() {
        BusinessCalendar weekdays = calendar();
        Instant friday = OffsetDateTime.parse("2026-03-13T16:00:00-04:00").toInstant();

        long allowed = new Target.BusinessDays(2).allowedMillis(friday.toEpochMilli(), weekdays);

        assertThat(Duration.ofMillis(allowed)).isEqualTo(Duration.ofHours(2 + 10 + 8));
        assertThat(weekdays.add(friday, Duration.ofMillis(allowed))).isEqualTo(OffsetDateTime.parse("2026-03-17T16:00:00-04:00").toInstant());
    }

    @Test
    void oneBusinessDayFromSaturdayIsMondaysWholeDay() {
        BusinessCalendar weekdays = calendar();
        Instant saturday = OffsetDateTime.parse("2026-03-14T11:00:00-04:00").toInstant();

        long allowed = new Target.BusinessDays(1).allowedMillis(saturday.toEpochMilli(), weekdays);

        assertThat(Duration.ofMillis(allowed)).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void readsWholeBusinessDaysAsATargetOnly() {
        Contract contract = ContractYaml.parse("""
                calendars: { business: { zone: America/New_York, week: { weekdays: "08:00-18:00" } } }
                clocks: { resolution: { targets: { P3: 3 business days, P4: 1 business day }, warning: 1h 30m } }
                """, "c.yaml");

        assertThat(contract.clocks().get(0).termFor(Optional.of(new Priority("P3")))).get()
                .satisfies(term -> assertThat(term.target()).isEqualTo(new Target.BusinessDays(3)));
        assertThat(contract.clocks().get(0).termFor(Optional.of(new Priority("P4")))).get()
                .satisfies(term -> assertThat(term.target()).isEqualTo(new Target.BusinessDays(1)));
    }

    private static BusinessCalendar calendar() {
        return ContractYaml.parse("""
                calendars: { business: { zone: America/New_York, week: { weekdays: "08:00-18:00" } } }
                clocks: { response: { targets: { P1: 1h } } }
                """, "c.yaml").calendars().get("business");
    }
}

package io.witness.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarEqualityTest {

    private static final String NINE_TO_FIVE = """
            zone: America/New_York
            week: { weekdays: ["09:00-17:00"] }
            holidays: [2026-12-25]
            """;

    @Test
    void calendarsReadFromTheSameBlockAreEqual() {
        assertThat(CalendarYaml.parse(NINE_TO_FIVE, "a.yaml")).isEqualTo(CalendarYaml.parse(NINE_TO_FIVE, "b.yaml"))
                .hasSameHashCodeAs(CalendarYaml.parse(NINE_TO_FIVE, "c.yaml"));
    }

    @Test
    void calendarsWithOtherHoursOrZonesDiffer() {
        assertThat(CalendarYaml.parse(NINE_TO_FIVE, "a.yaml"))
                .isNotEqualTo(CalendarYaml.parse(NINE_TO_FIVE.replace("17:00", "18:00"), "b.yaml"))
                .isNotEqualTo(CalendarYaml.parse(NINE_TO_FIVE.replace("New_York", "Chicago"), "c.yaml"))
                .isNotEqualTo(BusinessCalendar.always());
    }
}

package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DayTextTest {

    private static final Instant FROM = Instant.parse("2016-01-01T00:00:00Z");
    private static final long SPAN = 4L * 366 * 86_400;

    /** Zones with daylight saving, one with half hours, and ones whose clocks change at midnight (São Paulo, Santiago, Havana). */
    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe",
            "America/Sao_Paulo", "America/Santiago", "America/Havana", "Pacific/Apia"})
    void writesTheDateLocalDateWritesInOrderAndAtRandom(String name) {
        ZoneId zone = ZoneId.of(name);
        List<String> wrong = new ArrayList<>();
        DayText inOrder = new DayText(zone);
        for (long s = 0; s < SPAN; s += 1_777) {
            check(inOrder, FROM.plusSeconds(s), zone, wrong);
        }
        DayText atRandom = new DayText(zone);
        Random random = new Random(11);
        for (int i = 0; i < 30_000; i++) {
            check(atRandom, FROM.plusSeconds((long) (random.nextDouble() * SPAN)), zone, wrong);
        }

        assertThat(wrong).isEmpty();
    }

    private static void check(DayText days, Instant at, ZoneId zone, List<String> wrong) {
        String text = days.of(at);
        String expected = LocalDate.ofInstant(at, zone).toString();
        if (!text.equals(expected)) {
            wrong.add(at + ": " + text + " instead of " + expected);
        }
    }
}

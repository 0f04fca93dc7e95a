package io.witness.sources.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeReaderTest {

    static Stream<Arguments> isoTexts() {
        return Stream.of(
                Arguments.of("2026-03-06T16:00:00-05:00", new TimeValue.Absolute(Instant.parse("2026-03-06T21:00:00Z"))),
                Arguments.of("2026-03-06T21:00:00Z", new TimeValue.Absolute(Instant.parse("2026-03-06T21:00:00Z"))),
                Arguments.of("2026-03-06T21:00:00.250z", new TimeValue.Absolute(Instant.parse("2026-03-06T21:00:00.250Z"))),
                Arguments.of("2024-01-15T09:30:00.000+0000", new TimeValue.Absolute(Instant.parse("2024-01-15T09:30:00Z"))),
                Arguments.of("2024-01-15 09:30:00", new TimeValue.Local(LocalDateTime.parse("2024-01-15T09:30:00"))),
                Arguments.of("2024-01-15T09:30", new TimeValue.Local(LocalDateTime.parse("2024-01-15T09:30:00"))),
                Arguments.of(" 2024-01-15 ", new TimeValue.DateOnly(LocalDate.parse("2024-01-15"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("isoTexts")
    void readsIsoWithOrWithoutOffsetSecondsOrTime(String text, TimeValue expected) {
        assertThat(TimeReader.iso().read(text)).contains(expected);
    }

    @ParameterizedTest(name = "'{0}'")
    @MethodSource("refused")
    void refusesWhatNoPatternReadsWhole(String text) {
        assertThat(TimeReader.iso().read(text)).isEmpty();
    }

    static Stream<String> refused() {
        return Stream.of("", "  ", "2024-02-30T10:00:00Z", "2024-01-15T25:00", "15/01/2024 09:30", "2024-01-15T09:30:00+01:00 extra",
                "yesterday", "-2024-01-15T09:30:00Z", "+10000-01-15T09:30:00Z");
    }

    @Test
    void refusesYearsTheLedgerCannotKeep() {
        assertThat(TimeReader.of(List.of("yyyy-MM-dd HH:mm:ss")).read("-2024-01-15 11:16:15")).isEmpty();
        assertThat(TimeReader.of(List.of(TimeReader.EPOCH_SECONDS)).read("-99999999999")).isEmpty();
    }

    @Test
    void triesPatternsInOrderAndKeepsTheFirstThatReads() {
        TimeReader reader = TimeReader.of(List.of("dd.MM.yyyy HH:mm", "dd.MM.yyyy", "HH:mm", TimeReader.ISO));
        assertThat(reader.read("06.03.2026 16:00")).contains(new TimeValue.Local(LocalDateTime.parse("2026-03-06T16:00")));
        assertThat(reader.read("06.03.2026")).contains(new TimeValue.DateOnly(LocalDate.parse("2026-03-06")));
        assertThat(reader.read("09:15")).contains(new TimeValue.TimeOfDay(LocalTime.parse("09:15")));
        assertThat(reader.read("2026-03-06T16:00Z")).contains(new TimeValue.Absolute(Instant.parse("2026-03-06T16:00:00Z")));
        assertThat(reader.expected()).isEqualTo("a time like dd.MM.yyyy HH:mm or dd.MM.yyyy or HH:mm or ISO-8601 (2026-03-06T16:00:00-05:00)");
    }

    @Test
    void refusesDaysThatDoNotExistInAPattern() {
        assertThat(TimeReader.of(List.of("dd/MM/yyyy HH:mm")).read("31/02/2026 09:00")).isEmpty();
        assertThat(TimeReader.of(List.of("dd/MM/yyyy HH:mm")).read("28/02/2026 09:00"))
                .contains(new TimeValue.Local(LocalDateTime.parse("2026-02-28T09:00")));
        assertThat(TimeReader.of(List.of("yyyy-MM-dd'y'")).read("2026-02-28y")).contains(new TimeValue.DateOnly(LocalDate.parse("2026-02-28")));
    }

    @Test
    void readsEnglishMonthsAndAmPmIgnoringCase() {
        TimeReader jira = TimeReader.of(List.of("dd/MMM/yy h:mm a"));
        assertThat(jira.read("15/jan/24 9:30 pm")).contains(new TimeValue.Local(LocalDateTime.parse("2024-01-15T21:30")));
    }

    @Test
    void readsPatternsWithAnOffsetOrZoneAsInstants() {
        assertThat(TimeReader.of(List.of("yyyy-MM-dd HH:mm XXX")).read("2026-03-06 16:00 -05:00"))
                .contains(new TimeValue.Absolute(Instant.parse("2026-03-06T21:00:00Z")));
        assertThat(TimeReader.of(List.of("yyyy-MM-dd HH:mm VV")).read("2026-10-25 02:30 Europe/Berlin"))
                .contains(new TimeValue.Absolute(Instant.parse("2026-10-25T00:30:00Z")));
    }

    @Test
    void readsEpochSecondsAndMillis() {
        assertThat(TimeReader.of(List.of(TimeReader.EPOCH_SECONDS)).read("1772830800"))
                .contains(new TimeValue.Absolute(Instant.parse("2026-03-06T21:00:00Z")));
        assertThat(TimeReader.of(List.of(TimeReader.EPOCH_SECONDS)).read("1772830800.5"))
                .contains(new TimeValue.Absolute(Instant.parse("2026-03-06T21:00:00.500Z")));
        assertThat(TimeReader.of(List.of(TimeReader.EPOCH_MILLIS)).read("1772830800123"))
                .contains(new TimeValue.Absolute(Instant.parse("2026-03-06T21:00:00.123Z")));
        assertThat(TimeReader.of(List.of(TimeReader.EPOCH_MILLIS)).read("soon")).isEmpty();
    }

    @Test
    void refusesAPatternThatIsNotOne() {
        assertThatThrownBy(() -> TimeReader.of(List.of("yyyy-MM-dd {HH}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'yyyy-MM-dd {HH}' is not a date-time pattern: Pattern includes reserved character: '{'");
        assertThatThrownBy(() -> TimeReader.of(List.of())).hasMessage("A time reader needs at least one pattern");
    }

    @Test
    void refusesAPatternTheJdkCannotBuildWithAClearError() {
        // The JDK's builder throws ClassCastException for this one (a pad letter 'p' in unquoted text).
        assertThatThrownBy(() -> TimeReader.of(List.of("snapshotsdd.MM.yyyy HH:mm:ss")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'snapshotsdd.MM.yyyy HH:mm:ss' is not a date-time pattern: a letter 'p' pads");
    }

    @Test
    void givesInstantsOfLocalValuesInAZoneByTheDstRule() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(new TimeValue.Local(LocalDateTime.parse("2026-03-29T02:30")).instant(berlin))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(new TimeValue.DateOnly(LocalDate.parse("2026-10-25")).instant(berlin))
                .isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
        assertThat(new TimeValue.Absolute(Instant.EPOCH).needsZone()).isFalse();
        assertThat(Optional.of(new TimeValue.TimeOfDay(LocalTime.NOON)).get().needsZone()).isTrue();
        assertThatThrownBy(() -> new TimeValue.TimeOfDay(LocalTime.NOON).instant(berlin))
                .hasMessage("A time of day 12:00 has no date to be an instant");
    }
}

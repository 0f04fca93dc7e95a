package io.witness.sources.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final List<String> SERVICENOW = List.of("yyyy-MM-dd HH:mm:ss", "dd-MM-yyyy HH:mm:ss", "dd/MM/yyyy HH:mm:ss",
            "dd.MM.yyyy HH:mm:ss", "MM-dd-yyyy HH:mm:ss", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy hh:mm:ss a");

    static Stream<Arguments> eachFormatAndAValueOnlyItReads() {
        return Stream.of(
                Arguments.of("yyyy-MM-dd HH:mm:ss", "2024-01-15 13:30:00"),
                Arguments.of("dd-MM-yyyy HH:mm:ss", "15-01-2024 13:30:00"),
                Arguments.of("dd/MM/yyyy HH:mm:ss", "15/01/2024 13:30:00"),
                Arguments.of("dd.MM.yyyy HH:mm:ss", "15.01.2024 13:30:00"),
                Arguments.of("MM-dd-yyyy HH:mm:ss", "01-15-2024 13:30:00"),
                Arguments.of("MM/dd/yyyy HH:mm:ss", "01/15/2024 13:30:00"),
                Arguments.of("MM/dd/yyyy hh:mm:ss a", "01/15/2024 01:30:00 PM"));
    }

    @ParameterizedTest
    @MethodSource("eachFormatAndAValueOnlyItReads")
    void findsTheOneFormatThatReadsEveryValue(String pattern, String value) {
        LocalTimes.Detection found = LocalTimes.detect(List.of(value, ""), SERVICENOW);

        assertThat(found).isInstanceOfSatisfying(LocalTimes.Detection.Found.class, f -> {
            assertThat(f.format().pattern()).isEqualTo(pattern);
            assertThat(f.format().read(value)).contains(LocalDateTime.parse("2024-01-15T13:30:00"));
        });
    }

    @Test
    void saysWhenTheValuesFitFormatsThatReadThemDifferently() {
        assertThat(LocalTimes.detect(List.of("02/03/2024 10:00:00"), SERVICENOW))
                .isEqualTo(new LocalTimes.Detection.Ambiguous(List.of("dd/MM/yyyy HH:mm:ss", "MM/dd/yyyy HH:mm:ss")));
    }

    @Test
    void aLaterValueSettlesWhichFormatItIs() {
        assertThat(LocalTimes.detect(List.of("02/03/2024 10:00:00", "25/03/2024 10:00:00"), SERVICENOW))
                .isInstanceOfSatisfying(LocalTimes.Detection.Found.class,
                        f -> assertThat(f.format().pattern()).isEqualTo("dd/MM/yyyy HH:mm:ss"));
    }

    @Test
    void takesTheFormatThatReadsMostWhenNoneReadsAll() {
        assertThat(LocalTimes.detect(List.of("02/03/2024 10:00:00", "yesterday", "25/03/2024 10:00:00"), SERVICENOW))
                .isInstanceOfSatisfying(LocalTimes.Detection.Mostly.class,
                        m -> assertThat(m.format().pattern()).isEqualTo("dd/MM/yyyy HH:mm:ss"));
    }

    @Test
    void namesTheFirstValueWhenNoFormatReadsAny() {
        assertThat(LocalTimes.detect(List.of(" ", "yesterday", "today"), SERVICENOW)).isEqualTo(new LocalTimes.Detection.NoneFits(1));
    }

    @Test
    void readsAWorkbooksDateCellWhateverTheFormat() {
        assertThat(LocalTimes.of("dd/MM/yyyy HH:mm:ss").read("2024-01-15T09:30:00"))
                .contains(LocalDateTime.parse("2024-01-15T09:30:00"));
        assertThat(LocalTimes.detect(List.of("2024-01-15T09:30:00", "15/01/2024 10:00:00"), SERVICENOW))
                .isInstanceOf(LocalTimes.Detection.Found.class);
    }

    @Test
    void refusesSignedYearsNoExportMeans() {
        assertThat(LocalTimes.of("yyyy-MM-dd HH:mm:ss").read("-2024-01-15 11:16:15")).isEmpty();
        assertThat(LocalTimes.readOffsetTime("-2024-01-15T09:30:00Z")).isEmpty();
    }

    @Test
    void refusesDatesThatDoNotExist() {
        assertThat(LocalTimes.of("yyyy-MM-dd HH:mm:ss").read("2023-02-29 10:00:00")).isEmpty();
        assertThatThrownBy(() -> LocalTimes.of(" ")).hasMessage("A date format must not be blank");
    }

    @Test
    void refusesAPatternTheJdkCannotBuildAndReadsAQuotedYAsText() {
        assertThatThrownBy(() -> LocalTimes.of("snapshotsdd.MM.yyyy HH:mm:ss"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a date-time pattern");
        assertThat(LocalTimes.of("'day' dd.MM.yyyy HH:mm").read("day 31.12.2024 23:59"))
                .contains(LocalDateTime.parse("2024-12-31T23:59:00"));
    }

    @Test
    void movesATimeTheClocksSkippedForwardByTheGap() {
        LocalDateTime skipped = LocalDateTime.parse("2024-03-10T02:30:00");

        assertThat(LocalTimes.instant(skipped, NEW_YORK)).isEqualTo(Instant.parse("2024-03-10T07:30:00Z"));
        assertThat(LocalTimes.isAmbiguousOrSkipped(skipped, NEW_YORK)).isTrue();
    }

    @Test
    void readsATimeShownTwiceAtItsFirstShowing() {
        LocalDateTime twice = LocalDateTime.parse("2024-11-03T01:30:00");

        assertThat(LocalTimes.instant(twice, NEW_YORK)).isEqualTo(Instant.parse("2024-11-03T05:30:00Z"));
        assertThat(LocalTimes.isAmbiguousOrSkipped(twice, NEW_YORK)).isTrue();
        assertThat(LocalTimes.isAmbiguousOrSkipped(twice.plusHours(2), NEW_YORK)).isFalse();
    }

    @Test
    void readsApiTimesWithTheirOffset() {
        assertThat(LocalTimes.readOffsetTime("2024-01-15T09:30:00.000+0100")).contains(Instant.parse("2024-01-15T08:30:00Z"));
        assertThat(LocalTimes.readOffsetTime("2024-01-15T09:30:00+01:00")).contains(Instant.parse("2024-01-15T08:30:00Z"));
        assertThat(LocalTimes.readOffsetTime("2024-01-15T08:30:00Z")).contains(Instant.parse("2024-01-15T08:30:00Z"));
        assertThat(LocalTimes.readOffsetTime("2024-01-15T08:30:00")).isEqualTo(Optional.empty());
    }
}

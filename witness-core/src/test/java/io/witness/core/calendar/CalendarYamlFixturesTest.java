package io.witness.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import io.witness.core.input.YamlDocument;
import io.witness.core.input.YamlNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks {@code calendar/invalid/} (each file: {@code desc}, a {@code calendar} block and the exact
 * {@code problems} it gives) and {@code calendar/valid/} (each file: {@code desc}, a {@code calendar}
 * block and {@code checks} such as {@code add 2026-02-06T16:00-05:00 PT2H = 2026-02-09T10:00-05:00}).
 * The block sits under a key, as in a contract file, so paths start with {@code /calendar}.
 */
class CalendarYamlFixturesTest {

    @TestFactory
    Stream<DynamicTest> reportsTheProblemsEachInvalidFileExpects() {
        return files("invalid").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Fixture fixture = Fixture.read(file, "problems");
            int before = fixture.problems().list().size();

            Optional<BusinessCalendar> calendar = CalendarYaml.read(fixture.calendar());

            List<String> found = fixture.problems().list().stream().skip(before)
                    .sorted(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column))
                    .map(InputProblem::toString)
                    .toList();
            assertThat(calendar).as(fixture.desc()).isEmpty();
            assertThat(found).as(fixture.desc()).containsExactlyElementsOf(fixture.expected());
        }));
    }

    @TestFactory
    Stream<DynamicTest> answersTheChecksOfEachValidFile() {
        return files("valid").flatMap(file -> {
            Fixture fixture = Fixture.read(file, "checks");
            BusinessCalendar calendar = CalendarYaml.read(fixture.calendar()).orElseThrow(
                    () -> new AssertionError(file + ": " + fixture.problems().list()));
            return fixture.expected().stream().map(check -> DynamicTest.dynamicTest(
                    file.getFileName() + ": " + check, () -> assertThat(answer(calendar, check))
                            .as(fixture.desc() + ": " + check)
                            .isEqualTo(check.substring(check.indexOf(" = ") + 3))));
        });
    }

    /** The calendar's answer to {@code op arguments… = expected}, written the way the expected value is. */
    private static String answer(BusinessCalendar calendar, String check) {
        String[] words = check.substring(0, check.indexOf(" = ")).split(" ");
        Instant t = instant(words[1]);
        String expected = check.substring(check.indexOf(" = ") + 3);
        Object answer = switch (words[0]) {
            case "between" -> calendar.between(t, instant(words[2]));
            case "add" -> calendar.add(t, Duration.parse(words[2]));
            case "subtract" -> calendar.subtract(t, Duration.parse(words[2]));
            case "addDays" -> calendar.addDays(t, Integer.parseInt(words[2]));
            case "subtractDays" -> calendar.subtractDays(t, Integer.parseInt(words[2]));
            case "isOpen" -> calendar.isOpen(t);
            case "nextOpen" -> calendar.nextOpen(t);
            case "nextClose" -> calendar.nextClose(t);
            case "previousClose" -> calendar.previousClose(t);
            default -> throw new AssertionError("Unknown check '" + words[0] + "' in: " + check);
        };
        if (answer instanceof Instant instant) {
            // Written in the offset the fixture used for the expected instant, for a readable failure.
            OffsetDateTime written = OffsetDateTime.parse(expected);
            return instant.equals(written.toInstant()) ? expected : instant.atOffset(written.getOffset()).toString();
        }
        return answer.toString();
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static Stream<Path> files(String folder) {
        try {
            Path dir = Path.of(CalendarYamlFixturesTest.class.getResource("/calendar/" + folder).toURI());
            try (Stream<Path> list = Files.list(dir)) {
                return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One fixture file: what it shows, the calendar block, and the expected lines. */
    private record Fixture(String desc, YamlNode calendar, List<String> expected, Problems problems) {

        static Fixture read(Path file, String expectedKey) {
            Problems problems = new Problems();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            YamlNode root = YamlDocument.parse(text, file.getFileName().toString(), problems).orElseThrow();
            Map<String, YamlNode> entries = root.entries(List.of("desc", "calendar", expectedKey));
            String desc = entries.get("desc").text().orElseThrow();
            List<String> expected = entries.get(expectedKey).items().stream()
                    .map(item -> item.text().orElseThrow())
                    .toList();
            assertThat(problems.list()).as(file + " is a well-formed fixture").isEmpty();
            return new Fixture(desc, entries.get("calendar"), expected, problems);
        }
    }
}

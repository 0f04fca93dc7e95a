package io.witness.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.witness.core.input.InputRejected;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples in {@code docs/calendar.md} are read as they are written there: each {@code yaml} block
 * is a calendar, and one followed by a {@code text} block is rejected with exactly that text.
 */
class CalendarDocumentationTest {

    // Surefire runs in the module's folder; the docs live at the repository's root.
    private static final Path DOC = Path.of("../docs/calendar.md");
    private static final Pattern BLOCK = Pattern.compile("```(yaml|text)\\n(.*?)```", Pattern.DOTALL);

    private record Block(String language, String text) {
    }

    private static List<Block> blocks;

    @BeforeAll
    static void readDoc() throws IOException {
        Matcher found = BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        blocks = new ArrayList<>();
        while (found.find()) {
            blocks.add(new Block(found.group(1), found.group(2)));
        }
    }

    @Test
    void everyExampleCalendarIsReadOrRejectedAsShown() {
        int calendars = 0;
        int rejected = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.language().equals("yaml")) {
                continue;
            }
            boolean shownRejected = i + 1 < blocks.size() && blocks.get(i + 1).language().equals("text");
            if (shownRejected) {
                InputRejected rejection = catchThrowableOfType(InputRejected.class,
                        () -> CalendarYaml.parse(block.text(), "calendar.yaml"));
                assertThat(rejection).as(block.text()).isNotNull();
                assertThat(rejection.getMessage() + "\n").isEqualTo(blocks.get(i + 1).text());
                rejected++;
            } else {
                assertThat(CalendarYaml.parse(block.text(), "calendar.yaml")).as(block.text()).isNotNull();
                calendars++;
            }
        }
        assertThat(calendars).isGreaterThanOrEqualTo(3);
        assertThat(rejected).isEqualTo(1);
    }

    @Test
    void theWorkedExampleIsDueOnMondayAt1000() {
        BusinessCalendar calendar = CalendarYaml.parse(lastYamlBlock(), "calendar.yaml");
        Instant friday1600 = OffsetDateTime.parse("2026-03-06T16:00-05:00").toInstant();
        Instant monday1000 = OffsetDateTime.parse("2026-03-09T10:00-04:00").toInstant();

        assertThat(calendar.add(friday1600, Duration.ofHours(2))).isEqualTo(monday1000);
        assertThat(calendar.add(friday1600, Duration.ofHours(1)))
                .isEqualTo(OffsetDateTime.parse("2026-03-06T17:00-05:00").toInstant());
        assertThat(calendar.between(friday1600, monday1000)).isEqualTo(Duration.ofHours(2));
        assertThat(Duration.between(friday1600, monday1000)).isEqualTo(Duration.ofHours(65));
    }

    @Test
    void theVersionsExampleInheritsTheTopLevelFields() {
        BusinessCalendar calendar = CalendarYaml.parse(blocks.stream()
                .filter(block -> block.text().contains("# longer hours from July"))
                .findFirst().orElseThrow().text(), "calendar.yaml");

        assertThat(calendar.versions()).hasSize(3);
        assertThat(calendar.versions().get(2).week()).isEqualTo(calendar.versions().get(0).week());
        assertThat(calendar.versions().get(2).holidays()).isEqualTo(calendar.versions().get(0).holidays());
    }

    private static String lastYamlBlock() {
        return blocks.stream().filter(block -> block.language().equals("yaml")).reduce((a, b) -> b).orElseThrow().text();
    }
}

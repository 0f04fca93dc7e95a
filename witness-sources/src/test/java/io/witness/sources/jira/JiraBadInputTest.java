package io.witness.sources.jira;

import static io.witness.sources.export.Fixtures.client;
import static io.witness.sources.export.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ParsedFile;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JiraBadInputTest {

    private final JiraFormat format = new JiraFormat();
    private final ImportContext amsterdam = client("jira-sm", Optional.of(ZoneId.of("Europe/Amsterdam")));

    private ParsedFile parse(String name, String text) {
        return format.parse(text(name, text), amsterdam);
    }

    @Test
    void reportsEveryBadRowOfTheCsvAndKeepsNothing() {
        ParsedFile parsed = parse("issues.csv", """
                Issue key,Issue id,Status,Created,Comment
                ,1,Open,15/Jan/24 9:30 AM,
                ITSD-2,2,Open,someday,
                ITSD-3,3,Open,15/Jan/24 9:30 AM,no date here
                """);

        assertThat(parsed.observations()).isEmpty();
        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly(
                "issues.csv:2:1: Issue key: expected the issue's key (ITSD-42), found an empty cell",
                "issues.csv:3:15: Created: expected a date and time as d/MMM/yy h:mm a, found 'someday'",
                "issues.csv:4:33: Comment: expected a comment as date;author;text, found 'no date here'");
    }

    @Test
    void refusesATableThatIsNotAnIssueExport() {
        assertThat(parse("other.csv", "Key,Title\nA-1,x\n").problems()).extracting(InputProblem::toString).containsExactly(
                "other.csv:1: expected Jira's issue export (an Issue key column) or the REST API's JSON, found columns Key, Title");
    }

    @Test
    void refusesInvalidJsonWithItsLineAndColumn() {
        assertThat(parse("ITSD-1.changelog.json", "{\"values\": [\n  {\"id\": \"1\",, }\n]}").problems())
                .extracting(InputProblem::toString).singleElement().asString()
                .startsWith("ITSD-1.changelog.json:2:14: not valid JSON: Unexpected character (',' (code 44))");
    }

    @Test
    void asksForTheIssueKeyOfAPageWhoseFileDoesNotNameIt() {
        assertThat(parse("changelog.json", "{\"values\": []}").problems()).extracting(InputProblem::toString).containsExactly(
                "changelog.json:1:1: expected the issue's key in the file's name (ITSD-42.changelog.json), or the page wrapped "
                        + "as {\"issueKey\": \"ITSD-42\", \"changelog\": …}, found neither");
    }

    @Test
    void reportsEveryEntryWithoutItsIdTimeOrItems() {
        ParsedFile parsed = parse("ITSD-7.changelog.json", """
                {"values": [
                  {"id": "1", "created": "2024-01-15T09:41:00.000+0100", "items": []},
                  {"created": "2024-01-15 09:41", "items": []},
                  {"id": "3", "created": "2024-01-15T09:41:00.000+0100"}
                ]}""");

        assertThat(parsed.observations()).isEmpty();
        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly(
                "ITSD-7.changelog.json:3:3: /values/1/id: expected the entry's id, found nothing",
                "ITSD-7.changelog.json:3:3: /values/1/created: expected a time with an offset such as "
                        + "2024-01-15T09:30:00.000+0000, found \"2024-01-15 09:41\"",
                "ITSD-7.changelog.json:4:3: /values/2/items: expected the list of fields changed, found nothing");
    }

    @Test
    void reportsTheBadLineOfAJsonLinesFileAndReadsTheOthers() {
        ParsedFile parsed = parse("bundles.jsonl", """
                {"issueKey": "ITSD-1", "changelog": {"values": []}}
                {"issueKey": "ITSD-2", "changelog": {"values": [}
                {"changelog": {"values": []}}
                """);

        assertThat(parsed.rowsRead()).isEqualTo(3);
        assertThat(parsed.problems()).extracting(InputProblem::toString).hasSize(2);
        assertThat(parsed.problems().get(0).toString()).startsWith("bundles.jsonl:2:").contains("not valid JSON");
        assertThat(parsed.problems().get(1).toString()).isEqualTo("bundles.jsonl:3: expected an issue bundle with its key "
                + "(\"issueKey\": \"ITSD-42\"), found an object with changelog");
    }
}

package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventLinesReportingBadLinesTest {

    private static final String TYPES =
            "one of opened, status, priority, assigned, reply, plan, resolved, reopened, closed, comment, details, claim";
    private static final String INSTANT = "an instant with offset such as 2026-03-06T16:00:00-05:00";

    /** The problems of a document, each as {@code file:line:column: path: message}. */
    private static Stream<String> problems(String text) {
        EventsRead read = EventLines.read(text, "events.jsonl");
        assertThat(read.events()).isEmpty();
        return read.problems().stream().map(InputProblem::toString);
    }

    private static String line(String type, String rest) {
        return "{\"case\":\"INC-1\",\"side\":\"client\",\"type\":\"" + type + "\",\"at\":\"2026-03-06T21:00:00Z\"" + rest + "}";
    }

    static Stream<Arguments> missingFields() {
        return Stream.of(
                Arguments.of("{\"side\":\"client\",\"type\":\"plan\",\"at\":\"2026-03-06T21:00:00Z\"}",
                        "/case: expected the case id, a non-blank string, found nothing"),
                Arguments.of("{\"case\":\"INC-1\",\"type\":\"plan\",\"at\":\"2026-03-06T21:00:00Z\"}",
                        "/side: expected client or provider, found nothing"),
                Arguments.of("{\"case\":\"INC-1\",\"side\":\"client\",\"at\":\"2026-03-06T21:00:00Z\"}",
                        "/type: expected " + TYPES + ", found nothing"),
                Arguments.of("{\"case\":\"INC-1\",\"side\":\"client\",\"type\":\"plan\"}",
                        "/at: expected " + INSTANT + ", found nothing"),
                Arguments.of(line("status", ",\"statusClass\":\"new\""),
                        "/status: expected the source's status text, a non-blank string, found nothing"),
                Arguments.of(line("priority", ""), "/priority: expected a priority code such as P1, found nothing"),
                Arguments.of(line("assigned", ",\"tier\":1"), "/group: expected the group's name, a non-blank string, found nothing"),
                Arguments.of(line("comment", ",\"public\":true"), "/author: expected requester or agent, found nothing"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("missingFields")
    void reportsAMissingRequiredField(String text, String problem) {
        assertThat(problems(text)).containsExactly("events.jsonl:1: " + problem);
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of(line("plan", "").replace("client", "customer"),
                        "/side: expected client or provider, found 'customer'"),
                Arguments.of(line("plan", "").replace("\"INC-1\"", "\"  \""),
                        "/case: expected the case id, a non-blank string, found '  '"),
                Arguments.of(line("plan", "").replace("\"INC-1\"", "1042"),
                        "/case: expected the case id, a non-blank string, found 1042"),
                Arguments.of(line("status", ",\"status\":\"Waiting\",\"statusClass\":\"waiting\""),
                        "/statusClass: expected one of new, in_progress, waiting_customer, waiting_third_party, "
                                + "resolved, closed, cancelled, found 'waiting'"),
                Arguments.of(line("opened", ",\"statusClass\":\"IN_PROGRESS\""),
                        "/statusClass: expected one of new, in_progress, waiting_customer, waiting_third_party, "
                                + "resolved, closed, cancelled, found 'IN_PROGRESS'"),
                Arguments.of(line("status", ",\"status\":\"\""),
                        "/status: expected the source's status text, a non-blank string, found ''"),
                Arguments.of(line("priority", ",\"priority\":1"), "/priority: expected a priority code such as P1, found 1"),
                Arguments.of(line("assigned", ",\"group\":\"Network\",\"tier\":12"),
                        "/tier: expected a support tier, a whole number from 1 to 9, found 12"),
                Arguments.of(line("assigned", ",\"group\":\"Network\",\"tier\":\"2\""),
                        "/tier: expected a support tier, a whole number from 1 to 9, found '2'"),
                Arguments.of(line("assigned", ",\"group\":\"Network\",\"tier\":1.5"),
                        "/tier: expected a support tier, a whole number from 1 to 9, found 1.5"),
                Arguments.of(line("assigned", ",\"group\":[\"Network\"]"),
                        "/group: expected the group's name, a non-blank string, found an array"),
                Arguments.of(line("comment", ",\"author\":\"customer\""),
                        "/author: expected requester or agent, found 'customer'"),
                Arguments.of(line("comment", ",\"author\":\"agent\",\"public\":\"yes\""),
                        "/public: expected true or false, found 'yes'"),
                Arguments.of(line("plan", ",\"sourceId\":{\"id\":7}"),
                        "/sourceId: expected the source's id for the record, a non-blank string, found an object"),
                Arguments.of(line("plan", ",\"seenAt\":\"yesterday\""), "/seenAt: expected " + INSTANT + ", found 'yesterday'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wrongValues")
    void reportsAWrongValue(String text, String problem) {
        assertThat(problems(text)).containsExactly("events.jsonl:1: " + problem);
    }

    @Test
    void refusesWitnessAsTheSideOfAnEvent() {
        assertThat(problems(line("plan", "").replace("client", "witness")))
                .containsExactly("events.jsonl:1: /side: expected client or provider, found 'witness'");
    }

    @Test
    void listsTheAllowedTypesForAnUnknownOne() {
        assertThat(problems(line("update", "")))
                .containsExactly("events.jsonl:1: /type: expected " + TYPES + ", found 'update'");
    }

    @Test
    void refusesAnInstantThatIsNotOne() {
        assertThat(problems("{\"case\":\"INC-1\",\"side\":\"client\",\"type\":\"plan\",\"at\":\"2026-03-06 16:00\"}"))
                .containsExactly("events.jsonl:1: /at: expected " + INSTANT + ", found '2026-03-06 16:00'");
    }

    @Test
    void saysAnOffsetIsRequiredForAnInstantWithoutOne() {
        assertThat(problems("{\"case\":\"INC-1\",\"side\":\"client\",\"type\":\"plan\",\"at\":\"2026-03-06T16:00:00\"}"))
                .containsExactly("events.jsonl:1: /at: expected " + INSTANT
                        + ", found '2026-03-06T16:00:00' (an offset is required, Z for UTC)");
    }

    @Test
    void reportsMalformedJsonAtJacksonsColumn() {
        assertThat(problems("{\"case\":\"INC-1\",\"side\" \"client\"}")).containsExactly(
                "events.jsonl:1:24: not valid JSON: Unexpected character ('\"' (code 34)): "
                        + "was expecting a colon to separate property name and value");
    }

    @Test
    void reportsAnUnfinishedObject() {
        assertThat(problems("{\"case\":\"INC-1\""))
                .containsExactly("events.jsonl:1:16: not valid JSON: Unexpected end-of-input: expected close marker for Object");
    }

    @Test
    void reportsTwoObjectsOnOneLine() {
        assertThat(problems(line("plan", "") + line("plan", ""))).containsExactly(
                "events.jsonl:1:75: not valid JSON: more than one value on the line; expected one JSON object per line");
    }

    @Test
    void reportsAFieldGivenTwice() {
        assertThat(problems(line("plan", ",\"at\":\"2026-03-06T22:00:00Z\"")))
                .containsExactly("events.jsonl:1:79: not valid JSON: Duplicate Object property \"at\"");
    }

    @Test
    void reportsALineThatIsNotAnObject() {
        assertThat(problems("[1, 2]\n\"plan\"")).containsExactly(
                "events.jsonl:1: expected a JSON object, found an array",
                "events.jsonl:2: expected a JSON object, found 'plan'");
    }

    @Test
    void reportsEveryWrongFieldOfALine() {
        assertThat(problems("{\"case\":\"\",\"side\":\"witness\",\"type\":\"assigned\",\"at\":\"2026-03-06T16:00\",\"tier\":0,"
                + "\"seenAt\":\"soon\"}")).containsExactly(
                "events.jsonl:1: /case: expected the case id, a non-blank string, found ''",
                "events.jsonl:1: /side: expected client or provider, found 'witness'",
                "events.jsonl:1: /at: expected " + INSTANT + ", found '2026-03-06T16:00' (an offset is required, Z for UTC)",
                "events.jsonl:1: /group: expected the group's name, a non-blank string, found nothing",
                "events.jsonl:1: /tier: expected a support tier, a whole number from 1 to 9, found 0",
                "events.jsonl:1: /seenAt: expected " + INSTANT + ", found 'soon'");
    }

    @Test
    void shortensALongValueInTheMessage() {
        assertThat(problems(line("plan", "").replace("client", "x".repeat(100))))
                .containsExactly("events.jsonl:1: /side: expected client or provider, found '" + "x".repeat(60) + "…'");
    }

    @Test
    void refusesTheWholeDocumentWithEveryProblem() {
        EventsRead read = EventLines.read(line("plan", "") + "\n" + line("update", "") + "\n{", "events.jsonl");
        assertThatThrownBy(read::orThrow)
                .isInstanceOf(InputRejected.class)
                .hasMessage("2 problems:\n"
                        + "events.jsonl:2: /type: expected " + TYPES + ", found 'update'\n"
                        + "events.jsonl:3:2: not valid JSON: Unexpected end-of-input: expected close marker for Object");
    }
}

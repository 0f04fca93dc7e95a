package io.witness.sources.psa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The field changes audit trails write in words, read back; sentences of other forms are not guessed at. */
class ChangeTextTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("Status changed from \"New\" to \"In Progress\"", "Status", "New", "In Progress"),
                Arguments.of("Status was changed from New to In Progress.", "Status", "New", "In Progress"),
                Arguments.of("status has been updated from 'New' to 'Waiting to Order'", "status", "New", "Waiting to Order"),
                Arguments.of("Status changed from \"Waiting to be assigned\" to \"Sent to vendor\"", "Status",
                        "Waiting to be assigned", "Sent to vendor"),
                Arguments.of("Changed priority from P3 to P1", "priority", "P3", "P1"),
                Arguments.of("Queue: Tier 1 Service Desk -> Level 2", "Queue", "Tier 1 Service Desk", "Level 2"),
                Arguments.of("Status: Waiting Customer >> In Progress", "Status", "Waiting Customer", "In Progress"),
                Arguments.of("Status: New \u2192 Complete", "Status", "New", "Complete"),
                Arguments.of("Resources changed from \"\" to \"jsmith\"", "Resources", null, "jsmith"),
                Arguments.of("Board set to \"Help Desk\"", "Board", null, "Help Desk"),
                Arguments.of("Status changed to Closed", "Status", null, "Closed"),
                Arguments.of("Due Date changed from (blank) to 3/9/2026", "Due Date", null, "3/9/2026"));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void readsTheFieldAndItsOldAndNewValue(String sentence, String field, String from, String to) {
        assertThat(ChangeText.read(sentence)).containsExactly(
                new ChangeText(field, Optional.ofNullable(from), Optional.ofNullable(to)));
    }

    @ParameterizedTest
    @MethodSource("others")
    void readsNothingFromOtherSentences(String sentence) {
        assertThat(ChangeText.read(sentence)).isEmpty();
    }

    static Stream<String> others() {
        return Stream.of("Ticket has been created.", "Status updated by workflow rule 'Auto close'",
                "Time entry of 1.50 hours", "", "Note added: the user changed from Windows to Mac and back");
    }

    @org.junit.jupiter.api.Test
    void readsEachLineOfAText() {
        assertThat(ChangeText.read("Status changed from New to Assigned\r\nPriority changed from P3 to P2\nnothing here"))
                .extracting(ChangeText::fieldKey).isEqualTo(List.of("status", "priority"));
    }
}

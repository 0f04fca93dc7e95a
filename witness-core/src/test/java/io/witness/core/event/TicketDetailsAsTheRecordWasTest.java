package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketDetailsAsTheRecordWasTest {

    /** The record TicketDetails was, with the same components. */
    private record Was(Optional<String> title, Optional<String> requester, Optional<String> category, Optional<String> subcategory,
            Optional<String> configurationItem, Optional<String> channel, Optional<Origin> origin, List<ExternalReference> references) {
    }

    private static final List<ExternalReference> REFS = List.of(new ExternalReference("cw-psa", "T1001"));

    @Test
    void givesEachPartAsItWasGiven() {
        TicketDetails details = new TicketDetails(Optional.of("Printer jam"), Optional.empty(), Optional.of("Hardware"),
                Optional.empty(), Optional.of("PRN-7"), Optional.of("Phone"), Optional.of(Origin.values()[0]), REFS);
        assertThat(details.title()).contains("Printer jam");
        assertThat(details.requester()).isEmpty();
        assertThat(details.category()).contains("Hardware");
        assertThat(details.subcategory()).isEmpty();
        assertThat(details.configurationItem()).contains("PRN-7");
        assertThat(details.channel()).contains("Phone");
        assertThat(details.origin()).contains(Origin.values()[0]);
        assertThat(details.references()).isEqualTo(REFS);
    }

    @Test
    void isEqualHashedAndPrintedAsTheRecord() {
        List<Optional<String>> texts = List.of(Optional.empty(), Optional.of("a"), Optional.of("Person 12"));
        for (Optional<String> title : texts) {
            for (Optional<String> other : texts) {
                for (Optional<Origin> origin : List.of(Optional.<Origin>empty(), Optional.of(Origin.values()[0]))) {
                    TicketDetails details = new TicketDetails(title, other, other, title, other, title, origin, REFS);
                    Was was = new Was(title, other, other, title, other, title, origin, REFS);
                    assertThat(details.hashCode()).isEqualTo(was.hashCode());
                    assertThat(details.toString()).isEqualTo(was.toString().replaceFirst("^Was", "TicketDetails"));
                    assertThat(details).isEqualTo(new TicketDetails(title, other, other, title, other, title, origin, REFS));
                    assertThat(details).isNotEqualTo(new TicketDetails(title, other, other, title, other, title, origin, List.of()));
                }
            }
        }
        assertThat(TicketDetails.none()).isEqualTo(new TicketDetails(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
    }

    @Test
    void namesTheMissingPart() {
        assertThatThrownBy(() -> new TicketDetails(Optional.empty(), Optional.empty(), null, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("category");
    }
}

package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WireNamesTest {

    @Test
    void namesEachSideInLowerCase() {
        assertThat(Arrays.stream(Side.values()).map(Side::wireName)).containsExactly("client", "provider", "witness");
        for (Side side : Side.values()) {
            assertThat(Side.fromWire(side.wireName())).isEqualTo(side);
        }
    }

    @Test
    void refusesAnUnknownSideListingTheKnownOnes() {
        assertThatThrownBy(() -> Side.fromWire("CLIENT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown side 'CLIENT'; expected one of client, provider, witness");
    }

    @Test
    void namesEachStatusClassInLowerSnakeCase() {
        assertThat(Arrays.stream(StatusClass.values()).map(StatusClass::wireName)).containsExactly(
                "new", "in_progress", "waiting_customer", "waiting_third_party", "resolved", "closed", "cancelled");
        for (StatusClass statusClass : StatusClass.values()) {
            assertThat(StatusClass.fromWire(statusClass.wireName())).contains(statusClass);
        }
        assertThat(StatusClass.fromWire("in-progress")).isEmpty();
    }

    @Test
    void namesEachEventType() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::wireName)).containsExactly(
                "opened", "status", "priority", "assigned", "reply", "plan", "resolved", "reopened", "closed", "comment",
                "details", "claim");
        for (EventType type : EventType.values()) {
            assertThat(EventType.fromWire(type.wireName())).contains(type);
        }
        assertThat(EventType.fromWire("OPENED")).isEmpty();
    }

    @Test
    void namesEachAuthor() {
        assertThat(Arrays.stream(Author.values()).map(Author::wireName)).containsExactly("requester", "agent");
        for (Author author : Author.values()) {
            assertThat(Author.fromWire(author.wireName())).contains(author);
        }
        assertThat(Author.fromWire("customer")).isEmpty();
    }
}

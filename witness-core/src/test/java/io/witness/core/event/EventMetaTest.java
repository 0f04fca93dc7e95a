package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventMetaTest {

    private static final CaseId CASE = new CaseId("INC-1");
    private static final Instant AT = Instant.parse("2026-03-06T21:00:00Z");

    @Test
    void refusesWitnessAsTheSide() {
        assertThatThrownBy(() -> EventMeta.of(CASE, Side.WITNESS, AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An event comes from the client or the provider, not from witness");
    }

    @Test
    void refusesABlankSourceId() {
        assertThatThrownBy(() -> EventMeta.of(CASE, Side.CLIENT, AT).withSourceId(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A source id must not be blank when present, got ' '");
    }

    @Test
    void namesTheMissingArgument() {
        assertThatThrownBy(() -> new EventMeta(CASE, Side.CLIENT, AT, Optional.empty(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("sourceId");
    }

    @Test
    void keepsTheClaimedAndTheSeenTimeApart() {
        Instant seen = Instant.parse("2026-03-09T08:00:00Z");
        EventMeta meta = EventMeta.of(CASE, Side.PROVIDER, AT).withSeenAt(seen).withSourceId("A-1");
        assertThat(meta).isEqualTo(new EventMeta(CASE, Side.PROVIDER, AT, Optional.of(seen), Optional.of("A-1")));
    }
}

package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventValuesTest {

    private static final EventMeta META = EventMeta.of(new CaseId("INC-1"), Side.CLIENT,
            Instant.parse("2026-03-06T21:00:00Z"));

    @Test
    void writesACaseIdAndAPriorityAsThemselves() {
        assertThat(new CaseId("INC-1042")).hasToString("INC-1042");
        assertThat(new Priority("P1")).hasToString("P1");
    }

    @Test
    void refusesABlankCaseId() {
        assertThatThrownBy(() -> new CaseId("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A case id must not be blank, got '  '");
    }

    @Test
    void refusesABlankPriorityCode() {
        assertThatThrownBy(() -> new Priority(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A priority code must not be blank, got ''");
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 10, Integer.MAX_VALUE})
    void refusesASupportTierOutsideOneToNine(int level) {
        assertThatThrownBy(() -> new SupportTier(level))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A support tier is from 1 to 9, got " + level);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9})
    void acceptsTheFirstAndLastSupportTier(int level) {
        assertThat(new SupportTier(level).level()).isEqualTo(level);
    }

    @Test
    void refusesAPublicAgentCommentAsACommentBecauseItIsAReply() {
        assertThatThrownBy(() -> new CommentAdded(META, Author.AGENT, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A public comment by an agent is a PublicReply, not a CommentAdded");
    }

    @Test
    void refusesABlankStatus() {
        assertThatThrownBy(() -> StatusChanged.of(META, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A status must not be blank, got ' '");
        assertThatThrownBy(() -> new TicketOpened(META, Optional.empty(), Optional.of(""), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A status must not be blank when present, got ''");
    }

    @Test
    void refusesABlankGroup() {
        assertThatThrownBy(() -> Assigned.of(META, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A group must not be blank, got ''");
    }

    @Test
    void namesTheMissingMeta() {
        assertThatThrownBy(() -> new Resolved(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("meta");
    }
}

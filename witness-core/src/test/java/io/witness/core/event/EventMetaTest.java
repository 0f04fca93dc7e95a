package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
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

    /** Instants an importer may give: the extremes, before 1970, and every digit of the nanoseconds. */
    private static final List<Instant> TIMES = List.of(Instant.MIN, Instant.MIN.plusNanos(1), Instant.MAX,
            Instant.MAX.minusSeconds(1), Instant.EPOCH, Instant.EPOCH.minusNanos(1), Instant.EPOCH.plusNanos(1),
            Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.parse("1900-01-01T00:00:00.000000001Z"),
            Instant.parse("-999999-06-01T12:00:00.5Z"), Instant.parse("2026-03-06T21:00:00.123456789Z"),
            Instant.parse("2026-03-06T21:00:00.000999999Z"), Instant.parse("+292278994-08-17T07:12:55.807Z"),
            Instant.ofEpochMilli(Long.MIN_VALUE), Instant.ofEpochMilli(Long.MAX_VALUE));

    @Test
    void keepsEveryInstantExactly() {
        for (Instant at : TIMES) {
            for (Instant seen : TIMES) {
                EventMeta meta = new EventMeta(CASE, Side.CLIENT, at, Optional.of(seen), Optional.empty());
                assertThat(meta.at()).isEqualTo(at);
                assertThat(meta.atEpochSecond()).isEqualTo(at.getEpochSecond());
                assertThat(meta.atNano()).isEqualTo(at.getNano());
                assertThat(meta.seenAt()).contains(seen);
                assertThat(EventMeta.ofEpoch(CASE, Side.CLIENT, at.getEpochSecond(), at.getNano(), seen, null))
                        .isEqualTo(meta);
            }
        }
    }

    @Test
    void givesTheMillisecondsAsTheInstantDoes() {
        for (Instant at : TIMES) {
            EventMeta meta = EventMeta.of(CASE, Side.PROVIDER, at);
            Long expected = millisOrNull(at);
            if (expected == null) {
                assertThatThrownBy(meta::atMillis).isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(meta.atMillis()).as("%s", at).isEqualTo(expected);
            }
        }
    }

    private static Long millisOrNull(Instant at) {
        try {
            return at.toEpochMilli();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    @Test
    void comparesClaimedTimesAsTheInstantsDo() {
        for (Instant a : TIMES) {
            for (Instant b : TIMES) {
                int compared = EventMeta.of(CASE, Side.CLIENT, a).compareAt(EventMeta.of(CASE, Side.PROVIDER, b));
                assertThat(Integer.signum(compared)).as("%s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        }
    }

    @Test
    void hashesAsWhenTheTimesWereInstants() {
        for (Instant at : TIMES) {
            EventMeta unseen = EventMeta.of(CASE, Side.CLIENT, at).withSourceId("A-1");
            assertThat(unseen.hashCode()).isEqualTo(Objects.hash(CASE, Side.CLIENT, at, null, "A-1"));
            EventMeta seen = unseen.withSeenAt(Instant.EPOCH.minusNanos(1));
            assertThat(seen.hashCode()).isEqualTo(Objects.hash(CASE, Side.CLIENT, at, Instant.EPOCH.minusNanos(1), "A-1"));
        }
    }

    @Test
    void tellsWithoutASeenTimeFromOneAtTheEpoch() {
        EventMeta unseen = EventMeta.of(CASE, Side.CLIENT, AT);
        EventMeta atEpoch = unseen.withSeenAt(Instant.EPOCH);
        assertThat(unseen.seenAt()).isEmpty();
        assertThat(unseen.hasSeenAt()).isFalse();
        assertThat(atEpoch.seenAt()).contains(Instant.EPOCH);
        assertThat(atEpoch).isNotEqualTo(unseen);
        assertThat(atEpoch.withoutSeenAt()).isEqualTo(unseen);
        assertThat(atEpoch.seenAtAsOf(unseen.withSeenAt(Instant.EPOCH))).isTrue();
        assertThat(atEpoch.seenAtAsOf(unseen.withSeenAt(Instant.EPOCH.plusNanos(1)))).isFalse();
        assertThat(unseen.seenAtAsOf(unseen)).isFalse();
    }

    @Test
    void refusesATimeNoInstantHas() {
        assertThatThrownBy(() -> EventMeta.ofEpoch(CASE, Side.CLIENT, 0, 1_000_000_000, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claimed time").hasMessageContaining("1000000000 ns");
        assertThatThrownBy(() -> EventMeta.ofEpoch(CASE, Side.CLIENT, Instant.MAX.getEpochSecond() + 1, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claimed time");
        assertThatThrownBy(() -> EventMeta.ofEpoch(CASE, Side.CLIENT, Instant.MIN.getEpochSecond() - 1, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventMeta.ofEpoch(CASE, Side.CLIENT, 0, -1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void movesTheClaimedTimeAndKeepsTheRest() {
        EventMeta meta = EventMeta.of(CASE, Side.PROVIDER, AT).withSeenAt(Instant.MAX).withSourceId("A-1");
        assertThat(meta.withAt(Instant.MIN)).isEqualTo(new EventMeta(CASE, Side.PROVIDER, Instant.MIN, Optional.of(Instant.MAX),
                Optional.of("A-1")));
    }
}

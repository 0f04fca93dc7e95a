package io.witness.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A finding told by one object makes its id, words and instant once each, when first read, and equals one made with
 * them.
 */
class FindingToldWhenReadTest { // #7

    private static final Instant AT = Instant.parse("2026-03-02T22:35:00Z");

    private record Told(String id, String title, String explanation, AtomicInteger ids) implements Finding.Told {

        @Override
        public Instant at() {
            ids.incrementAndGet();
            return AT;
        }

        @Override
        public String id() {
            ids.incrementAndGet();
            return id;
        }
    }

    private static Finding told(String id, AtomicInteger ids) {
        return Finding.told(new FindingKind("sla-breach"), Severity.CRITICAL, new Told(id, "INC1: a title", "Explained.", ids),
                Optional.empty(), Optional.empty(), List.of(EvidenceRef.ofCase("INC1")), Optional.empty());
    }

    @Test
    void writesItsIdAndInstantOnlyWhenReadAndOnce() {
        AtomicInteger told = new AtomicInteger();
        Finding finding = told("sla-breach/INC1/response/witness/1", told);

        assertThat(told).hasValue(0);
        assertThat(finding.id()).isEqualTo("sla-breach/INC1/response/witness/1").isSameAs(finding.id());
        assertThat(finding.at()).isEqualTo(AT).isSameAs(finding.at());
        assertThat(told).hasValue(2);
    }

    @Test
    void equalsTheFindingMadeWithItsIdAndWords() {
        Finding plain = new Finding("sla-breach/INC1/response/witness/1", new FindingKind("sla-breach"), Severity.CRITICAL,
                "INC1: a title", "Explained.", Optional.empty(), Optional.empty(), AT, List.of(EvidenceRef.ofCase("INC1")),
                Optional.empty());

        Finding told = told("sla-breach/INC1/response/witness/1", new AtomicInteger());
        assertThat(told).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(told.withCost(Optional.empty())).isEqualTo(plain);
    }

    @Test
    void aBlankIdToldIsAnError() {
        Finding finding = told(" ", new AtomicInteger());

        assertThatThrownBy(finding::id).isInstanceOf(IllegalStateException.class).hasMessageContaining("blank id");
    }
}

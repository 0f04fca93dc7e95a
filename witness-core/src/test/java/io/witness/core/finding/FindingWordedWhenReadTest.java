package io.witness.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A finding made with its words to come writes them once, when first read, and equals one made with them. */
class FindingWordedWhenReadTest { // #7

    private static final Instant AT = Instant.parse("2026-03-02T22:35:00Z");

    @Test
    void writesItsTitleAndExplanationOnlyWhenRead() {
        AtomicInteger written = new AtomicInteger();
        Supplier<String> title = () -> {
            written.incrementAndGet();
            return "INC1: response took 2 h 47 min against 30 min";
        };
        Finding finding = Finding.worded("sla-breach/INC1/response/witness/1", new FindingKind("sla-breach"), Severity.CRITICAL,
                title, () -> "Explained.", Optional.empty(), Optional.empty(), AT, List.of(EvidenceRef.ofCase("INC1")),
                Optional.empty());

        assertThat(written).hasValue(0);
        assertThat(finding.title()).isEqualTo("INC1: response took 2 h 47 min against 30 min");
        assertThat(finding.title()).isSameAs(finding.title());
        assertThat(written).hasValue(1);
    }

    @Test
    void equalsTheFindingMadeWithItsWordsAndKeepsThemWhenCosted() {
        Finding worded = Finding.worded("one-sided-case/INC1", new FindingKind("one-sided-case"), Severity.HIGH, () -> "t",
                () -> "e", Optional.empty(), Optional.empty(), AT, List.of(EvidenceRef.ofCase("INC1")), Optional.empty());
        Finding plain = new Finding("one-sided-case/INC1", new FindingKind("one-sided-case"), Severity.HIGH, "t", "e",
                Optional.empty(), Optional.empty(), AT, List.of(EvidenceRef.ofCase("INC1")), Optional.empty());

        assertThat(worded).isEqualTo(plain).hasSameHashCodeAs(plain);
        Finding costed = worded.withCost(Optional.of(Money.of("12.50", "USD")));
        assertThat(costed.title()).isEqualTo("t");
        assertThat(costed.explanation()).isEqualTo("e");
        assertThat(costed.cost()).contains(Money.of("12.50", "USD"));
        assertThat(costed).isNotEqualTo(plain);
    }
}

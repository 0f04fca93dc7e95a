package io.witness.core.register;

import io.witness.core.contract.Money;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a gap cost the client (docs/reconcile.md, "Business impact"): people affected × hours × loaded
 * hourly cost, plus the revenue per hour of a named system × hours, plus recovery costs the client
 * entered; with the arithmetic in words, written when first read. Immutable and thread-safe; equal when
 * the total and the arithmetic are equal.
 */
public final class ImpactCost {

    private final Money total;
    private final Supplier<String> words;
    /** The arithmetic once written (racy but safe: always the same words, and a String is immutable). */
    private @Nullable String arithmetic;

    /**
     * @param total the sum, not null
     * @param arithmetic how it was reached, not null
     */
    public ImpactCost(Money total, String arithmetic) {
        this(total, constant(Objects.requireNonNull(arithmetic, "arithmetic")));
    }

    /** A cost whose arithmetic is written when first read, by a pure supplier. */
    ImpactCost(Money total, Supplier<String> arithmetic) {
        this.total = Objects.requireNonNull(total, "total");
        this.words = Objects.requireNonNull(arithmetic, "arithmetic");
    }

    private static Supplier<String> constant(String text) {
        return () -> text;
    }

    /** The sum. */
    public Money total() {
        return total;
    }

    /** How it was reached, in words. */
    public String arithmetic() {
        String text = arithmetic;
        if (text == null) {
            text = Objects.requireNonNull(words.get(), "arithmetic");
            arithmetic = text;
        }
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImpactCost c && total.equals(c.total) && arithmetic().equals(c.arithmetic());
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, arithmetic());
    }

    @Override
    public String toString() {
        return "ImpactCost[total=" + total + ", arithmetic=" + arithmetic() + "]";
    }
}

package io.witness.core.coverage.cost;

import io.witness.core.contract.Money;
import io.witness.core.finding.EvidenceRef;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A market price range for managed services: per user or per device a month, for one kind of provider
 * ({@code managed-it}, {@code co-managed}, {@code soc}) serving clients of a size, with its source and date.
 * Immutable.
 *
 * @param mspType the kind of provider, not blank
 * @param unit per user or per device, not null
 * @param sizeMin the smallest client (users or devices, as the unit) the range is for, 1 or more
 * @param sizeMax the largest, if bounded; not below {@code sizeMin}
 * @param low the low end of the range, not null
 * @param median the median, not null
 * @param high the high end, not null; low &lt;= median &lt;= high, all in one currency
 * @param source where the figures come from, not blank
 * @param asOf the date of the figures, not null
 * @param ref the row it was read from, not null
 */
public record MarketPrice(String mspType, BenchmarkUnit unit, int sizeMin, Optional<Integer> sizeMax, Money low, Money median, Money high,
        String source, LocalDate asOf, EvidenceRef ref) {

    public MarketPrice {
        Objects.requireNonNull(mspType, "mspType");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sizeMax, "sizeMax");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(ref, "ref");
        if (mspType.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("A market price names its provider type and its source");
        }
        if (sizeMin < 1 || sizeMax.filter(max -> max < sizeMin).isPresent()) {
            throw new IllegalArgumentException("A size band is 1 or more and its maximum not below its minimum, got " + sizeMin + " to " + sizeMax);
        }
        if (!low.currency().equals(median.currency()) || !low.currency().equals(high.currency())) {
            throw new IllegalArgumentException("A price range is in one currency");
        }
        if (low.amount().compareTo(median.amount()) > 0 || median.amount().compareTo(high.amount()) > 0) {
            throw new IllegalArgumentException("A price range runs low <= median <= high, got " + low + ", " + median + ", " + high);
        }
    }

    /** True when a client of {@code size} falls in the band. */
    public boolean fits(long size) {
        return size >= sizeMin && sizeMax.map(max -> size <= max).orElse(true);
    }

    /** {@code 100 to 249}, {@code 500 or more}. */
    public String band() {
        return sizeMax.map(max -> sizeMin + " to " + max).orElse(sizeMin + " or more");
    }
}

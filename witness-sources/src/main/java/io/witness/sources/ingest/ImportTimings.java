package io.witness.sources.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Where an import's time went, for the summary and the benchmark. Immutable.
 *
 * @param reading reading the files and decompressing them
 * @param parsing the formats' parsing into observations
 * @param mapping reading the cases' earlier observations back, deriving events and finding rewrites
 * @param storing appending to the ledger in one transaction and signing the checkpoint
 */
public record ImportTimings(Duration reading, Duration parsing, Duration mapping, Duration storing) {

    public ImportTimings {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(parsing, "parsing");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(storing, "storing");
    }

    /** The whole import. */
    public Duration total() {
        return reading.plus(parsing).plus(mapping).plus(storing);
    }
}

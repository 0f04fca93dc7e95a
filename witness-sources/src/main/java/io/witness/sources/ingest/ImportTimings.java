package io.witness.sources.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Where an import's time went, for the summary and the benchmark. Parsing, then mapping, run on a thread of
 * their own beside storing, so the total is less than the sum of the parts. Immutable.
 *
 * @param reading reading the files and decompressing them
 * @param parsing the formats' parsing into observations (beside storing, which stores them as they come)
 * @param mapping reading the cases' earlier observations back, deriving events and finding rewrites
 * @param storing appending to the ledger in one transaction, from the start of parsing (the transaction waits
 *     for mapping before it commits), and signing the checkpoint
 * @param total the whole import, as the wall clock saw it
 */
public record ImportTimings(Duration reading, Duration parsing, Duration mapping, Duration storing, Duration total) {

    public ImportTimings {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(parsing, "parsing");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(storing, "storing");
        Objects.requireNonNull(total, "total");
    }
}

package io.witness.sources.ingest;

import io.witness.sources.format.UnmappedValue;
import java.util.List;
import java.util.Objects;

/**
 * What an import did: the files it read, the rows in them, the observations it added to the ledger and
 * those it already held, the cases and events derived, the history rewrites found and the values the
 * contract does not map. Immutable.
 *
 * @param format the format's name
 * @param files the files, as given
 * @param rowsRead rows (records) read from the files
 * @param added observations added to the ledger
 * @param alreadyPresent observations the ledger already held (or repeated within the import)
 * @param cases cases the import's observations are about
 * @param events events derived for those cases from their whole history
 * @param rewrites history rewrites found
 * @param unmapped values the contract does not map, with their counts, most frequent first
 * @param logSize the tenant's log size after the import, as the checkpoint signs it
 * @param timings where the time went
 */
public record ImportSummary(String format, List<String> files, long rowsRead, long added, long alreadyPresent, long cases,
        long events, List<Rewrite> rewrites, List<UnmappedValue> unmapped, long logSize, ImportTimings timings) {

    public ImportSummary {
        Objects.requireNonNull(format, "format");
        files = List.copyOf(files);
        rewrites = List.copyOf(rewrites);
        unmapped = List.copyOf(unmapped);
        Objects.requireNonNull(timings, "timings");
        if (rowsRead < 0 || added < 0 || alreadyPresent < 0 || cases < 0 || events < 0 || logSize < 0) {
            throw new IllegalArgumentException("Counts cannot be negative, got rows " + rowsRead + ", added " + added + ", present "
                    + alreadyPresent + ", cases " + cases + ", events " + events + ", log " + logSize);
        }
    }
}

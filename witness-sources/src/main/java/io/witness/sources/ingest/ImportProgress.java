package io.witness.sources.ingest;

/**
 * Told how an import advances, for a progress bar. Each phase is started once with its total (or
 * {@link #UNKNOWN}), then advanced with the count done so far; calls come from the importing thread.
 */
public interface ImportProgress {

    /** The total of a phase whose size is not known when it starts (storing, while the files are still parsed). */
    long UNKNOWN = -1;

    /** Reports nothing. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void started(ImportPhase phase, long total) {
        }

        @Override
        public void advanced(long done) {
        }
    };

    /** {@code phase} begins, with {@code total} units to do. */
    void started(ImportPhase phase, long total);

    /** {@code done} units of the current phase are done (a running count, not an increment). */
    void advanced(long done);
}

package io.witness.sources.ingest;

/** The steps of an import, in order, each with the unit its progress counts. */
public enum ImportPhase {
    /** Files read from disk (and decompressed); counts files. */
    READING("reading", "files"),
    /** Files parsed into observations; counts files. */
    PARSING("parsing", "files"),
    /** Observations written to the ledger, while the events are derived beside; counts rows. */
    STORING("storing", "rows");

    private final String label;
    private final String unit;

    ImportPhase(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** A word for a progress bar ("storing"). */
    public String label() {
        return label;
    }

    /** What the phase's counts count ("rows"). */
    public String unit() {
        return unit;
    }
}

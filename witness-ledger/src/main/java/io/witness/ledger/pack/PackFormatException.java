package io.witness.ledger.pack;

/**
 * A file is not an evidence pack as docs/evidence-pack.md describes: an entry is missing or a field is
 * malformed. The message names the entry and the field. Whoever made the file must act.
 */
public final class PackFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public PackFormatException(String message) {
        super(message);
    }

    public PackFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

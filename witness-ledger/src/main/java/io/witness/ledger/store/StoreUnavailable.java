package io.witness.ledger.store;

/**
 * The ledger's database cannot be started or reached. The message says what to do: run as a normal
 * user, free the data folder, or give {@code --db} a PostgreSQL server.
 */
public final class StoreUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String message) {
        super(message);
    }

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

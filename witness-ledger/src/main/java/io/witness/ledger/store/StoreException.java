package io.witness.ledger.store;

/**
 * The database refused or failed an operation of the ledger. The message says what was being done;
 * the cause is the driver's exception. An operator must act (the server is down, a permission is
 * missing), or it is a bug.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}

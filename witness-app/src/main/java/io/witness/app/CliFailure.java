package io.witness.app;

/** A command cannot do what was asked, for a reason the person running it can fix; the message says how. */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CliFailure(String message) {
        super(message);
    }
}

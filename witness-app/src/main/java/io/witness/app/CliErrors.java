package io.witness.app;

import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * How a command's failure reaches the person who ran it: bad input lists every problem with its place,
 * a missing file says which; anything else is a bug and shows its stack trace. Exit codes: 0 done,
 * 1 a failure of Witness, 2 bad usage or bad input.
 */
public final class CliErrors {

    public static final int BAD_INPUT = 2;

    private CliErrors() {
    }

    static int exitCode(Throwable e) {
        return e instanceof InputRejected || e instanceof NoSuchFileException || e instanceof CliFailure ? BAD_INPUT : 1;
    }

    static int report(Exception e, CommandLine cmd, ParseResult parsed) {
        var err = cmd.getErr();
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof InputRejected rejected) {
            for (InputProblem problem : rejected.problems()) {
                err.println("error: " + problem);
            }
            err.println(rejected.problems().size() == 1 ? "1 problem; nothing was done."
                    : rejected.problems().size() + " problems; nothing was done.");
            return BAD_INPUT;
        }
        if (cause instanceof NoSuchFileException missing) {
            err.println("error: no such file: " + missing.getFile());
            return BAD_INPUT;
        }
        if (cause instanceof CliFailure failure) {
            err.println("error: " + failure.getMessage());
            return BAD_INPUT;
        }
        if (cause instanceof IOException io) {
            err.println("error: " + io);
            return 1;
        }
        e.printStackTrace(err);
        return 1;
    }
}

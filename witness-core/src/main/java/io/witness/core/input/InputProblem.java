package io.witness.core.input;

import java.util.Objects;

/**
 * One thing wrong with an input document, located as exactly as the reader could: the source name
 * (usually a file name), line and column (1-based, 0 when unknown), the path of the field inside the
 * document (JSON-pointer style, {@code /week/mon/0}; empty for the whole document) and a sentence
 * saying what was expected and what was found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the document's name, not null
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path the field's path inside the document, not null, may be empty
 * @param message what was expected and what was found, not null
 */
public record InputProblem(String source, int line, int column, String path, String message) {

    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("Line and column must be 0 or more, got " + line + ":" + column);
        }
    }

    /** Where the problem is, as {@code source:line:column}, leaving out what is unknown. */
    public String where() {
        if (line == 0) {
            return source;
        }
        return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
    }

    /** The problem as one line: {@code file:line:column: path: message}. */
    @Override
    public String toString() {
        return path.isEmpty() ? where() + ": " + message : where() + ": " + path + ": " + message;
    }
}

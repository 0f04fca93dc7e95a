package io.witness.app.report;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Every row of a {@link Table}, handed over one by one as it is worked out from the audit's facts, so a
 * table of a million rows is written to its files without a row or cell object being kept for each:
 * the same cells, in the same order, each time it runs. Pure, so it may run again and on any thread.
 */
@FunctionalInterface
public interface TableRows {

    /**
     * Hands each row, in order, to {@code sink} until the rows end or {@code sink} returns false.
     *
     * @throws IOException when the sink does
     */
    void each(Sink sink) throws IOException;

    /** Takes rows. */
    @FunctionalInterface
    interface Sink {

        /**
         * Takes one row.
         *
         * @param anchor the HTML id other figures link to, or null
         * @param cells one per column: a {@link Table.Cell}, or anything else standing for the cell of its text; the
         *     array and a cell that is a {@link CharSequence} other than a string may be reused for the next row, so a sink
         *     that keeps a row copies it (as text) before it returns
         * @return whether to go on with the next row
         * @throws IOException when writing the row fails
         */
        boolean row(@Nullable String anchor, Object... cells) throws IOException;

        /**
         * Whether it keeps the rows' anchors: when not (the files hold none), the rows may hand over null
         * instead of working each one out.
         */
        default boolean anchors() {
            return true;
        }
    }
}

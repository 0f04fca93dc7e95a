package io.witness.sources.operations;

/** What a column of an operational CSV holds, and how it is written in the parsed JSON. */
enum ColumnType {
    /** Text, as written (trimmed). */
    TEXT,
    /** A date {@code YYYY-MM-DD}, written as such. */
    DATE,
    /** A date and time with an offset, or a local one read in the import's zone; written in UTC. */
    INSTANT,
    /** A month {@code YYYY-MM}. */
    MONTH,
    /** A whole number, written as a number. */
    INTEGER,
    /** A decimal such as {@code 650.00}, written as text to keep its digits. */
    DECIMAL,
    /** Values separated by {@code ;}, written as a list. */
    LIST,
    /** One of a fixed set of words (case ignored), written in lower case. */
    CHOICE,
    /** {@code true}/{@code false} or {@code yes}/{@code no}, written as a boolean. */
    BOOLEAN
}

package io.witness.sources.sheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A spreadsheet cell's value by its type: text, a number, a date and time (an Excel date), a time of day
 * (an Excel time), a boolean, a formula error, or nothing. A CSV cell is always text. Immutable.
 */
public sealed interface CellValue {

    /** Text, as written. */
    record Text(String text) implements CellValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A number that is not formatted as a date. */
    record Number(BigDecimal number) implements CellValue {
        public Number {
            Objects.requireNonNull(number, "number");
        }
    }

    /** A number formatted as a date (Excel keeps dates as days since 1900 or 1904, without a zone). */
    record DateTime(LocalDateTime dateTime) implements CellValue {
        public DateTime {
            Objects.requireNonNull(dateTime, "dateTime");
        }
    }

    /** A number below one formatted as a time: a time of day without a date. */
    record TimeOfDay(LocalTime time) implements CellValue {
        public TimeOfDay {
            Objects.requireNonNull(time, "time");
        }
    }

    /** TRUE or FALSE. */
    record Bool(boolean value) implements CellValue {
    }

    /** A formula's error ({@code #REF!}, {@code #N/A}). */
    record Error(String code) implements CellValue {
        public Error {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Nothing. */
    record Empty() implements CellValue {
    }

    /** The empty value. */
    CellValue EMPTY = new Empty();

    /** The value as text: a number in plain digits, a date and time in ISO-8601 ({@code 2026-03-06T09:15}). */
    default String text() {
        if (this instanceof Text t) {
            return t.text();
        }
        if (this instanceof Number n) {
            return n.number().stripTrailingZeros().toPlainString();
        }
        if (this instanceof DateTime d) {
            return d.dateTime().toString();
        }
        if (this instanceof TimeOfDay t) {
            return t.time().toString();
        }
        if (this instanceof Bool b) {
            return Boolean.toString(b.value());
        }
        if (this instanceof Error e) {
            return e.code();
        }
        return "";
    }

    /** True for nothing, or text that is blank. */
    default boolean isBlank() {
        return this instanceof Empty || (this instanceof Text t && t.text().isBlank());
    }
}

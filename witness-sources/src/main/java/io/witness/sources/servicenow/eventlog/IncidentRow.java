package io.witness.sources.servicenow.eventlog;

import io.witness.ledger.chain.ObservationDraft;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One update of an incident as the timeline reads it back from an observation's parsed form: the fields
 * the rules use, times in the import's zone. Only those fields are read ({@link FlatJson}).
 * Immutable.
 */
record IncidentRow(
        String number,
        int modCount,
        Instant updatedAt,
        Instant openedAt,
        String state,
        int reopenCount,
        Optional<String> madeSla,
        Optional<String> impact,
        Optional<String> urgency,
        Optional<String> priority,
        Optional<String> group,
        Optional<String> caller,
        Optional<String> category,
        Optional<String> subcategory,
        Optional<String> symptom,
        Optional<String> configurationItem,
        Optional<String> channel,
        int logIndex,
        Instant seenAt) {

    private static final FlatJson READ = new FlatJson(Column.REQUIRED);

    /**
     * @throws IllegalArgumentException if the observation is not an update this format parsed
     */
    static IncidentRow of(ObservationDraft observation, ZoneId zone, int logIndex) {
        String[] row = READ.read(observation.parsedJson());
        return new IncidentRow(
                required(row, Column.NUMBER),
                count(row, Column.MOD_COUNT),
                time(row, Column.UPDATED_AT, zone),
                time(row, Column.OPENED_AT, zone),
                text(row, Column.STATE).orElse("?"),
                count(row, Column.REOPEN_COUNT),
                text(row, Column.MADE_SLA),
                text(row, Column.IMPACT),
                text(row, Column.URGENCY),
                text(row, Column.PRIORITY),
                text(row, Column.GROUP),
                text(row, Column.CALLER),
                text(row, Column.CATEGORY),
                text(row, Column.SUBCATEGORY),
                text(row, Column.SYMPTOM),
                text(row, Column.CI),
                text(row, Column.CONTACT_TYPE),
                logIndex,
                observation.receivedAt());
    }

    /** The value of {@code column}, one of {@link Column#REQUIRED}, in the values read in their order. */
    private static Optional<String> text(String[] row, String column) {
        return Optional.ofNullable(row[Column.REQUIRED.indexOf(column)]);
    }

    private static String required(String[] row, String column) {
        return text(row, column).orElseThrow(() -> new IllegalArgumentException("an update without " + column));
    }

    private static int count(String[] row, String column) {
        String text = required(row, column);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + ": expected a whole number, found '" + text + "'", e);
        }
    }

    private static Instant time(String[] row, String column, ZoneId zone) {
        String text = required(row, column);
        return LogTime.instant(LogTime.parse(text).orElseThrow(() -> new IllegalArgumentException(
                column + ": expected " + LogTime.EXPECTED + ", found '" + text + "'")), zone);
    }
}

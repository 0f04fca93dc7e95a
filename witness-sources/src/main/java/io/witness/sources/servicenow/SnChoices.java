package io.witness.sources.servicenow;

import java.util.Map;
import java.util.Optional;

/**
 * The labels of ServiceNow's choice codes, out of the box (SOURCES.md §1, <b>unverified</b> against a real
 * instance: tenants add states, which the {@code choices} option supplies). Raw exports and the audit
 * history hold codes; events carry the labels, so that both kinds of export tell a status the same way.
 */
final class SnChoices {

    static final String NEW = "1";
    static final String ON_HOLD = "3";
    static final String RESOLVED = "6";
    static final String CLOSED = "7";

    private static final Map<String, Map<String, String>> OUT_OF_THE_BOX = Map.of(
            "state", Map.of("1", "New", "2", "In Progress", "3", "On Hold", "6", "Resolved", "7", "Closed", "8", "Canceled"),
            "hold_reason", Map.of("1", "Awaiting Caller", "3", "Awaiting Problem", "4", "Awaiting Vendor", "5", "Awaiting Change"),
            "priority", Map.of("1", "1 - Critical", "2", "2 - High", "3", "3 - Moderate", "4", "4 - Low", "5", "5 - Planning"),
            "impact", Map.of("1", "1 - High", "2", "2 - Medium", "3", "3 - Low"),
            "urgency", Map.of("1", "1 - High", "2", "2 - Medium", "3", "3 - Low"));

    private final Map<String, Map<String, String>> extra;

    SnChoices(SnOptions options) {
        this.extra = options.choices();
    }

    /** The label of a code of {@code field}: the option's, else out of the box, else the code itself. */
    String label(String field, String code) {
        String given = extra.getOrDefault(field, Map.of()).get(code);
        if (given != null) {
            return given;
        }
        return OUT_OF_THE_BOX.getOrDefault(field, Map.of()).getOrDefault(code, code);
    }

    /** The code of a label of {@code field}, ignoring case, if one is known. */
    Optional<String> code(String field, String label) {
        for (Map<String, Map<String, String>> table : java.util.List.of(extra, OUT_OF_THE_BOX)) {
            for (Map.Entry<String, String> entry : table.getOrDefault(field, Map.of()).entrySet()) {
                if (entry.getValue().equalsIgnoreCase(label.strip())) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code value} of {@code field} is written as a code: a whole number. */
    static boolean isCode(String value) {
        return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
    }
}

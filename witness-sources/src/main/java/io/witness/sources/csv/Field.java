package io.witness.sources.csv;

import java.util.Arrays;
import java.util.List;

/** What a column of an export holds, by the key that names it under {@code columns} in a mapping. */
enum Field {
    CASE("case"),
    TIME("time"),
    VERSION("version"),
    STATUS("status"),
    PRIORITY("priority"),
    IMPACT("impact"),
    URGENCY("urgency"),
    GROUP("group"),
    TIER("tier"),
    ASSIGNEE("assignee"),
    TITLE("title"),
    REQUESTER("requester"),
    CATEGORY("category"),
    SUBCATEGORY("subcategory"),
    CI("ci"),
    CHANNEL("channel"),
    OPENED("opened"),
    REPLIED("replied"),
    RESOLVED("resolved"),
    CLOSED("closed");

    private final String key;

    Field(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** True for the columns read as times. */
    boolean isTime() {
        return this == TIME || this == OPENED || this == REPLIED || this == RESOLVED || this == CLOSED;
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(Field::key).toList();
    }

    static Field of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst().orElseThrow();
    }
}

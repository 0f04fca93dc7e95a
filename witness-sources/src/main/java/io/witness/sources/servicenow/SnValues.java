package io.witness.sources.servicenow;

import java.util.Optional;

/**
 * Whether an export holds display values (choice labels such as "On Hold", reference names) or raw values
 * (choice codes such as {@code 3}, sys_ids), as ServiceNow's {@code sysparm_display_value} chooses.
 */
enum SnValues {
    DISPLAY("display"),
    RAW("raw");

    private final String wireName;

    SnValues(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static Optional<SnValues> named(String name) {
        for (SnValues values : values()) {
            if (values.wireName.equals(name)) {
                return Optional.of(values);
            }
        }
        return Optional.empty();
    }
}

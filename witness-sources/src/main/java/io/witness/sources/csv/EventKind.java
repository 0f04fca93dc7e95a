package io.witness.sources.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a row of an event export is, by the name a mapping's {@code events.types} gives its type. */
enum EventKind {
    OPENED("opened"),
    STATUS("status"),
    PRIORITY("priority"),
    ASSIGNED("assigned"),
    REPLY("reply"),
    PLAN("plan"),
    RESOLVED("resolved"),
    REOPENED("reopened"),
    CLOSED("closed"),
    NOTE("note"),
    REQUESTER_COMMENT("requester_comment"),
    DETAILS("details"),
    CLAIM("claim"),
    IGNORE("ignore");

    private final String name;

    EventKind(String name) {
        this.name = name;
    }

    String wireName() {
        return name;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(EventKind::wireName).toList();
    }

    static Optional<EventKind> of(String name) {
        return Arrays.stream(values()).filter(k -> k.name.equals(name)).findFirst();
    }
}

package io.witness.core.register;

import java.util.Arrays;
import java.util.Optional;

/** Where a finding stands after the parties' annotations: open until someone annotates it. */
public enum AnnotationStatus {
    OPEN("open"),
    DISPUTED("disputed"),
    ACCEPTED("accepted"),
    CREDITED("credited");

    private final String wireName;

    AnnotationStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The status with this wire name, or empty. */
    public static Optional<AnnotationStatus> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}

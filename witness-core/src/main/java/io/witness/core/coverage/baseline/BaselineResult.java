package io.witness.core.coverage.baseline;

import java.util.Arrays;
import java.util.Optional;

/** The result of checking one control. */
public enum BaselineResult {
    PASS("pass"),
    FAIL("fail"),
    /** The control does not apply here; left out of the score. */
    NOT_APPLICABLE("not_applicable");

    private final String wireName;

    BaselineResult(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<BaselineResult> fromWire(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}

package io.witness.core.contract;

import io.witness.core.event.Priority;
import java.util.Objects;

/**
 * One level of the contract's own priority scale: its code, its name and what qualifies a case for it
 * ("P1", "Critical", "Practice cannot see patients"). Immutable.
 *
 * @param code the code events and terms use, not null
 * @param name its name, not null, may be empty
 * @param description what qualifies a case for it, not null, may be empty
 */
public record PriorityLevel(Priority code, String name, String description) {

    public PriorityLevel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}

package io.witness.core.clock;

import io.witness.core.event.Priority;
import io.witness.core.event.StatusClass;
import java.util.Optional;

/** What a condition may look at: the case's state right after an event, as one side's records say. */
public interface CaseFacts {

    /** The current status class; empty when the case's status has no known class. */
    Optional<StatusClass> statusClass();

    /** The current priority; empty when none was given yet. */
    Optional<Priority> priority();
}

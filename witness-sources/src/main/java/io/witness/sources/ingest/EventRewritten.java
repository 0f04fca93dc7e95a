package io.witness.sources.ingest;

import io.witness.core.event.CaseId;
import io.witness.core.event.EventType;
import java.util.Objects;
import java.util.Optional;

/**
 * An event derived before for a case that the case's history, with the new observations added, now
 * tells differently or no longer tells: the {@code occurrence}-th event of its type moved or changed.
 * Immutable.
 *
 * @param caseId the case
 * @param type the event's type
 * @param occurrence which event of that type in the case's timeline, from 1
 * @param before the event as derived before, a JSON line of the events format
 * @param after the event derived now in its place, or empty when none is
 */
public record EventRewritten(CaseId caseId, EventType type, int occurrence, String before, Optional<String> after)
        implements Rewrite {

    public EventRewritten {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (occurrence < 1) {
            throw new IllegalArgumentException("An occurrence counts from 1, got " + occurrence);
        }
    }

    @Override
    public Optional<CaseId> about() {
        return Optional.of(caseId);
    }

    @Override
    public String describe() {
        return caseId + ": " + type.wireName() + " #" + occurrence + " rewritten: " + before + " -> " + after.orElse("(no longer told)");
    }
}

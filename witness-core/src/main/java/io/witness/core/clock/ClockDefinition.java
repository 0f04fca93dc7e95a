package io.witness.core.clock;

import io.witness.core.event.Priority;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One SLA clock of the contract: what it measures, its conditions and policies, and its target and
 * calendar per priority. The conditions work as in ServiceNow's SLA engine: after each event the engine
 * checks, for an open clock, cancel, then stop, then reset, then pause and resume; and for a case with no
 * open clock, start. When {@code resume} is absent a paused clock resumes as soon as {@code pause} no
 * longer holds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the clock's name in the contract ("response"), not blank
 * @param metric what it measures
 * @param section the contract section that sets it ("4.2"), may be empty
 * @param terms target and calendar per priority; a priority without a term (and no default) has no clock
 * @param defaultTerm the term for priorities not in {@code terms}
 * @param warning when it warns before breaching
 * @param start when it starts
 * @param pause while or from when it pauses
 * @param resume when a paused clock resumes; empty means when {@code pause} stops holding
 * @param stop when it stops with a verdict
 * @param cancel when it ends without a verdict
 * @param reset when it ends without a verdict and a new one starts at once
 * @param retroactive when the start condition first holds after the case opened, the clock starts at the
 *     opening instead, with the pauses it would have had
 * @param recurrence how many clocks a case may have
 * @param onPriorityChange what a running clock does when the priority changes
 * @param onReopen what a stopped clock does when the case reopens
 * @param timestamps whose records count on the witnessed timeline
 */
public record ClockDefinition(
        String name,
        Metric metric,
        String section,
        Map<Priority, Term> terms,
        Optional<Term> defaultTerm,
        WarningThreshold warning,
        Condition start,
        Condition pause,
        Optional<Condition> resume,
        Condition stop,
        Condition cancel,
        Condition reset,
        boolean retroactive,
        Recurrence recurrence,
        PriorityChangePolicy onPriorityChange,
        ReopenPolicy onReopen,
        Timestamps timestamps) {

    public ClockDefinition {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A clock needs a name");
        }
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(section, "section");
        terms = Map.copyOf(terms);
        Objects.requireNonNull(defaultTerm, "defaultTerm");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(pause, "pause");
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(cancel, "cancel");
        Objects.requireNonNull(reset, "reset");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(onPriorityChange, "onPriorityChange");
        Objects.requireNonNull(onReopen, "onReopen");
        Objects.requireNonNull(timestamps, "timestamps");
    }

    /** The term for a priority: its own, else the default; empty when the clock does not apply. */
    public Optional<Term> termFor(Optional<Priority> priority) {
        Term own = priority.map(terms::get).orElse(null);
        return own != null ? Optional.of(own) : defaultTerm;
    }

    /** The conventional conditions and policies of a metric, with the given terms. */
    public static ClockDefinition conventional(String name, Metric metric, Map<Priority, Term> terms, Optional<Term> defaultTerm) {
        return ConventionalClocks.of(name, metric, terms, defaultTerm);
    }

    public ClockDefinition withSection(String newSection) {
        return new ClockDefinition(name, metric, newSection, terms, defaultTerm, warning, start, pause, resume, stop,
                cancel, reset, retroactive, recurrence, onPriorityChange, onReopen, timestamps);
    }
}

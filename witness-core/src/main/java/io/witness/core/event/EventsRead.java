package io.witness.core.event;

import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import java.util.List;
import java.util.Objects;

/**
 * What reading a JSON-lines document gave: the events of the good lines in document order, the line each
 * came from, and a problem for each wrong field of each bad line.
 *
 * <p>Immutable and thread-safe.
 *
 * @param events the events of the good lines, in document order, not null
 * @param lineNumbers the 1-based line of each event, same size as {@code events}, not null
 * @param problems every problem found, in document order, not null, empty when all lines were good
 */
public record EventsRead(List<TicketEvent> events, List<Integer> lineNumbers, List<InputProblem> problems) {

    /**
     * @throws IllegalArgumentException if there is not one line number per event
     */
    public EventsRead {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(lineNumbers, "lineNumbers");
        Objects.requireNonNull(problems, "problems");
        events = List.copyOf(events);
        lineNumbers = List.copyOf(lineNumbers);
        problems = List.copyOf(problems);
        if (events.size() != lineNumbers.size()) {
            throw new IllegalArgumentException("Each event needs its line number, got "
                    + events.size() + " events and " + lineNumbers.size() + " line numbers");
        }
    }

    /**
     * The events, when every line was good.
     *
     * @throws InputRejected with every problem, if any line was wrong
     */
    public List<TicketEvent> orThrow() {
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return events;
    }

    /** Whether every line was good. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}

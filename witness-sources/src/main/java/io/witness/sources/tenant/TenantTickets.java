package io.witness.sources.tenant;

import io.witness.core.input.InputProblem;
import io.witness.core.reconcile.RecordChange;
import io.witness.core.reconcile.Ticket;
import io.witness.sources.format.UnmappedValue;
import java.util.List;
import java.util.Map;

/**
 * A tenant's tickets re-derived from the ledger, with what else reconciliation needs. Immutable.
 *
 * @param tickets each side's tickets, one per side and ticket id, with the names of their observations
 * @param changes per ticket label ({@code provider T1001}), the records its events told one way in an
 *     earlier import and another way since
 * @param annotations the annotation observations' lines, with the observation's name
 * @param problems cases whose events could not be derived, and observations of an unknown format
 * @param unmapped the values the contract does not map, with their counts
 * @param observations how many observations were read
 * @param readFrom what they were read from: {@link TenantEvents#DERIVED}, or the observations (and why)
 */
public record TenantTickets(List<Ticket> tickets, Map<String, List<RecordChange>> changes, List<AnnotationLine> annotations,
        List<InputProblem> problems, List<UnmappedValue> unmapped, long observations, String readFrom) {

    /** Tickets derived from the observations. */
    public TenantTickets(List<Ticket> tickets, Map<String, List<RecordChange>> changes, List<AnnotationLine> annotations,
            List<InputProblem> problems, List<UnmappedValue> unmapped, long observations) {
        this(tickets, changes, annotations, problems, unmapped, observations, "the observations");
    }

    /** The same tickets, read from {@code readFrom}. */
    public TenantTickets readFrom(String readFrom) {
        return new TenantTickets(tickets, changes, annotations, problems, unmapped, observations, readFrom);
    }

    public TenantTickets {
        tickets = List.copyOf(tickets);
        changes = Map.copyOf(changes);
        annotations = List.copyOf(annotations);
        problems = List.copyOf(problems);
        unmapped = List.copyOf(unmapped);
        java.util.Objects.requireNonNull(readFrom, "readFrom");
    }

    /**
     * One annotation as stored: the observation's name and its line.
     *
     * @param observation {@code tenant#position}
     * @param line the JSON line (docs/reconcile.md, "Annotations")
     */
    public record AnnotationLine(String observation, String line) {
    }
}

package io.witness.sources.psa;

import io.witness.core.event.TicketDetails;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one version of a ticket record (a row of an export, an object from the REST API) says: the
 * ticket as it stood at {@code asOf}. Immutable.
 *
 * @param asOf when it stood so: the record's last-updated time, else its opening time
 * @param seenAt when Witness received the record
 * @param sourceId the record's id, for the events it gives
 * @param opened when the ticket was entered, if the record says
 * @param status the status's name
 * @param priority the priority's name (or id)
 * @param impact the impact, where the PSA has one
 * @param urgency the urgency (ConnectWise: severity), where the PSA has one
 * @param group the board, queue or team it sits in
 * @param closedAt when it was closed (ConnectWise {@code closedDate}, Autotask {@code completedDate},
 *     HaloPSA {@code dateclosed}), if it is closed
 * @param details what it is about
 * @param claims the PSA's own SLA fields, as written
 */
public record TicketState(
        Instant asOf,
        Instant seenAt,
        String sourceId,
        Optional<Instant> opened,
        Optional<String> status,
        Optional<String> priority,
        Optional<String> impact,
        Optional<String> urgency,
        Optional<String> group,
        Optional<Instant> closedAt,
        TicketDetails details,
        List<Claim> claims) {

    public TicketState {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(seenAt, "seenAt");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(details, "details");
        claims = List.copyOf(claims);
    }

    /**
     * One SLA field of the PSA, kept as its claim.
     *
     * @param field the field's name as the record writes it
     * @param value its value as written
     */
    public record Claim(String field, String value) {
        public Claim {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }
}

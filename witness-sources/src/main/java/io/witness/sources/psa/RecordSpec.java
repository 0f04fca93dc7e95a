package io.witness.sources.psa;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one kind of PSA record becomes an observation: how it is recognised in a JSON file, which field
 * holds the ticket it belongs to, its own id and version, the time it claims, and which fields are
 * times. Immutable.
 *
 * @param kind the observation kind ({@code ticket}, {@code audit-entry}, {@code ticket-note}…)
 * @param recognises whether a JSON record is of this kind (by its fields)
 * @param ticket the field naming the ticket (the case); for tickets, their own id
 * @param ownId the record's own id, for records that are not the ticket itself; empty for tickets and
 *     for records without one (an id is then made from the ticket and a digest of the record)
 * @param ticketFromFileName whether a record without the ticket field takes the ticket number from the
 *     file's name ({@code audittrail-88123.json}): ConnectWise's audit trail entries carry no ticket id
 * @param version the field whose value tells versions apart; a digest of the raw bytes when absent
 * @param claimed the field holding the time the record claims
 * @param claimedRequired whether a record without that time is a problem (notes and history entries:
 *     an entry without a time cannot be placed on the timeline)
 * @param times the names ({@link Fields#normalise}d) of the fields that hold times, at any depth
 */
public record RecordSpec(
        String kind,
        Predicate<ObjectNode> recognises,
        Fields ticket,
        Optional<Fields> ownId,
        boolean ticketFromFileName,
        Fields version,
        Fields claimed,
        boolean claimedRequired,
        Set<String> times) {

    public RecordSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recognises, "recognises");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(ownId, "ownId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(claimed, "claimed");
        times = Set.copyOf(times);
    }

    /** True when the record has a property with one of these names (compared as {@link Fields#normalise}d). */
    public static Predicate<ObjectNode> hasAny(String... names) {
        Set<String> wanted = Set.of(java.util.Arrays.stream(names).map(Fields::normalise).toArray(String[]::new));
        return node -> node.propertyNames().stream().map(Fields::normalise).anyMatch(wanted::contains);
    }
}

package io.witness.sources.servicenow;

import io.witness.core.contract.Contract;
import io.witness.core.contract.Party;
import io.witness.core.contract.Source;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Origin;
import io.witness.core.event.Side;
import io.witness.core.event.TicketDetails;
import io.witness.sources.format.ImportContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an incident is about, from the list export: title ({@code short_description}), requester
 * ({@code caller_id}), category, subcategory, configuration item ({@code cmdb_ci}), channel
 * ({@code contact_type}), origin (monitoring when the channel is an event, alert or monitoring, else the
 * user), and the provider's ticket ({@code correlation_id}, {@code vendor_ticket}) as references. The
 * first version gives the details at opening; a later version that changes some gives those, dated by
 * its {@code sys_updated_on}.
 */
final class SnDetails {

    private static final Set<String> MONITORING = Set.of("monitoring", "event", "alert", "monitoring alert");

    private final SnEvents events;
    private final SnCaseRecords records;

    SnDetails(SnEvents events, SnCaseRecords records) {
        this.events = events;
        this.records = records;
    }

    void add(Instant opened, ImportContext context) {
        String provider = otherSystem(context);
        Optional<TicketDetails> before = Optional.empty();
        for (SnRecord incident : records.incidents()) {
            TicketDetails now = details(incident, provider);
            Optional<Instant> at = before.isEmpty() ? Optional.of(opened) : incident.time("sys_updated_on");
            TicketDetails changed = before.map(b -> changes(b, now)).orElse(now);
            if (at.isPresent() && !changed.equals(TicketDetails.none())) {
                events.add(new DetailsRecorded(events.meta(at.get(), incident), changed));
            }
            before = Optional.of(now);
        }
    }

    private TicketDetails details(SnRecord incident, String provider) {
        List<ExternalReference> references = new ArrayList<>();
        incident.get("correlation_id").ifPresent(id -> references.add(
                new ExternalReference(incident.get("correlation_display").orElse(provider), id)));
        incident.get("vendor_ticket").ifPresent(id -> references.add(new ExternalReference(provider, id)));
        Optional<String> channel = incident.get("contact_type").map(c -> events.label("contact_type", c));
        Optional<Origin> origin = channel.map(c -> MONITORING.contains(c.toLowerCase(Locale.ROOT)) ? Origin.MONITORING : Origin.USER);
        return new TicketDetails(incident.get("short_description"), incident.get("caller_id"), incident.get("category"),
                incident.get("subcategory"), incident.get("cmdb_ci"), channel, origin, references);
    }

    private static TicketDetails changes(TicketDetails before, TicketDetails now) {
        return new TicketDetails(changed(before.title(), now.title()), changed(before.requester(), now.requester()),
                changed(before.category(), now.category()), changed(before.subcategory(), now.subcategory()),
                changed(before.configurationItem(), now.configurationItem()), changed(before.channel(), now.channel()),
                changed(before.origin(), now.origin()),
                before.references().equals(now.references()) ? List.of() : now.references());
    }

    private static <T> Optional<T> changed(Optional<T> before, Optional<T> now) {
        return now.equals(before) ? Optional.empty() : now;
    }

    /**
     * The system a reference without a {@code correlation_display} points to: the other side's first
     * ticket system in the contract, by its id ({@code cw-psa}), else {@code provider} (or {@code client}).
     */
    static String otherSystem(ImportContext context) {
        boolean client = context.side() == Side.CLIENT;
        String fallback = client ? "provider" : "client";
        if (context.contract().isEmpty()) {
            return fallback;
        }
        Contract contract = context.contract().get();
        List<Party> parties = client ? contract.parties().providers() : List.of(contract.parties().client());
        for (Party party : parties) {
            for (Source source : party.sources()) {
                if (source.kind().holdsTickets()) {
                    return source.id().value();
                }
            }
        }
        return fallback;
    }
}

package io.witness.core.contract;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.clock.ClockDefinition;
import io.witness.core.clock.StatusClassifier;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.StatusClass;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The terms of one version of a contract: everything an amendment may change. Maps keep the order the
 * contract wrote them in. Immutable and thread-safe.
 *
 * <p>Calendars compare by value ({@link BusinessCalendar#equals}: the same versions).
 *
 * @param calendars calendars by name
 * @param assets the systems the contract names
 * @param priorities the contract's priority scale, highest first (empty: any code is a priority)
 * @param priorityMaps per ticket system, how its priorities map to the scale
 * @param statusClasses per ticket system, the class of each of its statuses
 * @param sla per provider, its SLA clocks in contract order
 * @param credits per provider, its service-credit schedule
 * @param obligations per provider, its non-ticket obligations
 * @param responsibilities the responsibility matrix
 * @param pricing per provider, its fee and price schedule
 * @param businessImpact the defaults for the cost of a gap, if given
 */
public record ContractTerms(
        Map<String, BusinessCalendar> calendars,
        List<Asset> assets,
        List<PriorityLevel> priorities,
        Map<SourceId, PriorityMap> priorityMaps,
        Map<SourceId, Map<String, StatusClass>> statusClasses,
        Map<PartyId, List<ClockDefinition>> sla,
        Map<PartyId, CreditSchedule> credits,
        Map<PartyId, List<Obligation>> obligations,
        List<Responsibility> responsibilities,
        Map<PartyId, Pricing> pricing,
        Optional<BusinessImpact> businessImpact) {

    public ContractTerms {
        calendars = Ordered.map(calendars);
        assets = List.copyOf(assets);
        priorities = List.copyOf(priorities);
        priorityMaps = Ordered.map(priorityMaps);
        Map<SourceId, Map<String, StatusClass>> statuses = new LinkedHashMap<>();
        statusClasses.forEach((source, map) -> statuses.put(source, Ordered.map(map)));
        statusClasses = Ordered.map(statuses);
        sla = Ordered.mapOfLists(sla);
        credits = Ordered.map(credits);
        obligations = Ordered.mapOfLists(obligations);
        responsibilities = List.copyOf(responsibilities);
        pricing = Ordered.map(pricing);
        Objects.requireNonNull(businessImpact, "businessImpact");
    }

    /** A provider's SLA clocks; none when the contract gives it no SLA. */
    public List<ClockDefinition> clocksFor(PartyId provider) {
        return sla.getOrDefault(provider, List.of());
    }

    /** The level of a priority code on the scale. */
    public Optional<PriorityLevel> level(Priority code) {
        return priorities.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /**
     * The status classes for the events between the client and one provider: the client side's statuses
     * are those of the client's first ticket system, the provider side's those of the provider's first
     * ticket system (until events name their system), then status texts that name a class.
     */
    public StatusClassifier statusClassifierFor(Parties parties, PartyId provider) {
        Map<Side, Map<String, StatusClass>> bySide = new EnumMap<>(Side.class);
        parties.client().ticketSource().map(s -> statusClasses.get(s.id()))
                .ifPresent(map -> bySide.put(Side.CLIENT, map));
        parties.provider(provider).flatMap(Party::ticketSource).map(s -> statusClasses.get(s.id()))
                .ifPresent(map -> bySide.put(Side.PROVIDER, map));
        return StatusClassifier.of(bySide);
    }
}

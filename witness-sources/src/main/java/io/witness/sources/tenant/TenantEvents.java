package io.witness.sources.tenant;

import io.witness.core.contract.Contract;
import io.witness.core.contract.Party;
import io.witness.core.contract.PartyId;
import io.witness.core.contract.SourceId;
import io.witness.core.event.CaseId;
import io.witness.core.event.EventJson;
import io.witness.core.event.EventType;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.input.InputProblem;
import io.witness.core.reconcile.RecordChange;
import io.witness.core.reconcile.Ticket;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.store.LedgerReader;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceFormat;
import io.witness.sources.format.SourceFormats;
import io.witness.sources.format.UnmappedValue;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Re-derives a tenant's tickets from its observations (docs/reconcile.md, "From the ledger"): the
 * observations of each source, side and case are normalised by the format named by the source's system,
 * with the contract's maps for the contract source named by the source's instance; tickets of one side
 * and id from several sources are one ticket. A case whose records were imported again with other
 * content is also normalised as it stood before the last import, and the events that changed are its
 * record changes. Observations of kind {@code annotation} are returned as lines.
 */
public final class TenantEvents {

    /** The kind of an annotation observation. */
    public static final String ANNOTATION = "annotation";

    private record Group(SourceRef source, Side side, CaseId caseId) {
    }

    private final Contract contract;

    public TenantEvents(Contract contract) {
        this.contract = contract;
    }

    /** Every observation of a tenant, read in pages of {@code pageSize}. */
    public TenantTickets read(LedgerReader reader, TenantId tenant, int pageSize) {
        List<ObservationDraft> drafts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Position from = Position.of(0);
        while (true) {
            List<Observation> page = reader.observations(tenant, from, pageSize);
            for (Observation observation : page) {
                drafts.add(observation.draft());
                names.add(observation.name());
            }
            if (page.size() < pageSize) {
                break;
            }
            from = page.get(page.size() - 1).position().next();
        }
        return of(tenant, drafts, names);
    }

    /**
     * The tickets of observations in log order.
     *
     * @param tenant the tenant they are of
     * @param drafts the observations, in log order
     * @param names each one's name ({@code tenant#position}), same order
     */
    public TenantTickets of(TenantId tenant, List<ObservationDraft> drafts, List<String> names) {
        Map<Group, List<Integer>> groups = new LinkedHashMap<>();
        List<TenantTickets.AnnotationLine> annotations = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ObservationDraft draft = drafts.get(i);
            if (draft.kind().equals(ANNOTATION)) {
                annotations.add(new TenantTickets.AnnotationLine(names.get(i), new String(draft.raw(), StandardCharsets.UTF_8)));
            } else if (draft.caseRef().isPresent()) {
                groups.computeIfAbsent(new Group(draft.source(), draft.side(), draft.caseRef().get()), g -> new ArrayList<>())
                        .add(i);
            }
        }
        Map<Side, Map<CaseId, TicketParts>> tickets = new EnumMap<>(Side.class);
        Map<String, List<RecordChange>> changes = new HashMap<>();
        Map<String, Long> unmapped = new LinkedHashMap<>();
        Set<String> unknownFormats = new HashSet<>();
        List<Map.Entry<Group, List<Integer>>> entries = new ArrayList<>(groups.entrySet());
        // Each group derived on its own, on every core (formats are stateless and thread-safe); then put
        // together in log order, as one thread would.
        List<Derived> derivedGroups = entries.parallelStream().map(e -> derive(tenant, e.getKey(), e.getValue(), drafts))
                .toList();
        for (int g = 0; g < entries.size(); g++) {
            Map.Entry<Group, List<Integer>> entry = entries.get(g);
            Group group = entry.getKey();
            Derived derived = derivedGroups.get(g);
            if (derived.format().isEmpty()) {
                if (unknownFormats.add(group.source().system())) {
                    problems.add(new InputProblem(group.source().toString(), 0, 0, "", "no import format is named '"
                            + group.source().system() + "'; its observations are left out"));
                }
                continue;
            }
            if (derived.failure() != null) {
                problems.add(new InputProblem(group.source().toString(), 0, 0, "", "case " + group.caseId()
                        + ": its events cannot be derived: " + derived.failure().getMessage()));
                continue;
            }
            List<TicketEvent> events = derived.events().events();
            derived.events().unmapped().forEach(u -> unmapped.merge(u.field() + '\t' + u.value(), u.count(), Long::sum));
            if (!derived.changes().isEmpty()) {
                for (CaseId id : toldUnder(events, group)) {
                    changes.computeIfAbsent(group.side().wireName() + " " + id, k -> new ArrayList<>())
                            .addAll(derived.changes());
                }
            }
            // A format may tell a case's events under another id than the one its observations are filed
            // under (ServiceNow files history by sys_id and tells events under the incident's number): the
            // ticket is the id the events are told under.
            Map<CaseId, TicketParts> bySide = tickets.computeIfAbsent(group.side(), s -> new LinkedHashMap<>());
            for (TicketEvent event : events) {
                if (event.side() == group.side()) {
                    bySide.computeIfAbsent(event.caseId(), id -> new TicketParts(party(group))).events.add(event);
                }
            }
            for (CaseId id : toldUnder(events, group)) {
                TicketParts parts = bySide.get(id);
                entry.getValue().forEach(i -> parts.observations.add(names.get(i)));
            }
        }
        List<Map.Entry<CaseId, TicketParts>> made = new ArrayList<>();
        List<Side> sides = new ArrayList<>();
        tickets.forEach((side, byId) -> byId.forEach((id, parts) -> {
            if (!parts.events.isEmpty()) {
                made.add(Map.entry(id, parts));
                sides.add(side);
            }
        }));
        // Each ticket sorts and checks its events: on every core, in the same order.
        List<Ticket> all = java.util.stream.IntStream.range(0, made.size()).parallel()
                .mapToObj(k -> new Ticket(made.get(k).getKey(), sides.get(k), made.get(k).getValue().party,
                        made.get(k).getValue().events, made.get(k).getValue().observations))
                .toList();
        List<UnmappedValue> values = new ArrayList<>();
        unmapped.forEach((key, count) -> {
            int tab = key.indexOf('\t');
            values.add(new UnmappedValue(key.substring(0, tab), key.substring(tab + 1), count));
        });
        return new TenantTickets(all, changes, annotations, problems, values, drafts.size());
    }

    /** What one group's observations give: its events and record changes, or why they could not be derived. */
    private record Derived(Optional<SourceFormat> format, CaseEvents events, List<RecordChange> changes,
            @Nullable RuntimeException failure) {
    }

    private Derived derive(TenantId tenant, Group group, List<Integer> positions, List<ObservationDraft> drafts) {
        Optional<SourceFormat> format = SourceFormats.named(group.source().system());
        CaseEvents none = new CaseEvents(List.of(), List.of());
        if (format.isEmpty()) {
            return new Derived(format, none, List.of(), null);
        }
        List<ObservationDraft> own = new ArrayList<>(positions.size());
        positions.forEach(i -> own.add(drafts.get(i)));
        ImportContext context = context(tenant, group, own);
        try {
            CaseEvents derived = format.get().normalise(group.caseId(), own, context);
            List<RecordChange> found = reimported(own) ? changed(format.get(), group, own, context, derived.events())
                    : List.of();
            return new Derived(format, derived, found, null);
        } catch (IllegalArgumentException | DateTimeException e) {
            return new Derived(format, none, List.of(), e);
        }
    }

    /** The case ids a group's events of its own side are told under, in order. */
    private static Set<CaseId> toldUnder(List<TicketEvent> events, Group group) {
        Set<CaseId> ids = new java.util.LinkedHashSet<>();
        for (TicketEvent event : events) {
            if (event.side() == group.side()) {
                ids.add(event.caseId());
            }
        }
        return ids;
    }

    private static final class TicketParts {
        final PartyId party;
        final List<TicketEvent> events = new ArrayList<>();
        final List<String> observations = new ArrayList<>();

        TicketParts(PartyId party) {
            this.party = party;
        }
    }

    private ImportContext context(TenantId tenant, Group group, List<ObservationDraft> own) {
        Instant received = own.get(own.size() - 1).receivedAt();
        Optional<SourceId> contractSource = contractSource(group.source());
        return new ImportContext(tenant, group.side(), group.source(), Optional.of(contract), contractSource,
                Optional.of(contract.header().zone()), Optional.empty(), received);
    }

    private Optional<SourceId> contractSource(SourceRef source) {
        for (Party party : contract.parties().all()) {
            for (var s : party.sources()) {
                if (s.id().value().equals(source.instance())) {
                    return Optional.of(s.id());
                }
            }
        }
        return Optional.empty();
    }

    /** The party of a ticket: the owner of the contract source its instance names, else the side's first. */
    private PartyId party(Group group) {
        if (group.side() == Side.CLIENT) {
            return contract.parties().client().id();
        }
        return contractSource(group.source()).flatMap(s -> contract.parties().ownerOf(s)).map(Party::id)
                .filter(id -> !id.equals(contract.parties().client().id()))
                .orElse(contract.parties().providers().get(0).id());
    }

    /** True when a record imported before the last import came again in it (a re-export). */
    private static boolean reimported(List<ObservationDraft> own) {
        Instant last = own.get(own.size() - 1).receivedAt();
        Set<String> before = new HashSet<>();
        for (ObservationDraft draft : own) {
            if (draft.receivedAt().isBefore(last)) {
                before.add(draft.kind() + '\u0000' + draft.sourceId());
            }
        }
        if (before.isEmpty()) {
            return false;
        }
        for (ObservationDraft draft : own) {
            if (!draft.receivedAt().isBefore(last) && before.contains(draft.kind() + '\u0000' + draft.sourceId())) {
                return true;
            }
        }
        return false;
    }

    /** The events told before the last import that are told otherwise since, each with what is in its place. */
    private static List<RecordChange> changed(SourceFormat format, Group group, List<ObservationDraft> own,
            ImportContext context, List<TicketEvent> after) {
        Instant last = own.get(own.size() - 1).receivedAt();
        List<ObservationDraft> earlier = own.stream().filter(d -> d.receivedAt().isBefore(last)).toList();
        List<TicketEvent> before = format.normalise(group.caseId(), earlier, context).events();
        Map<String, Integer> told = new HashMap<>();
        after.forEach(e -> told.merge(told(e), 1, Integer::sum));
        Map<EventType, List<TicketEvent>> afterByType = new EnumMap<>(EventType.class);
        after.forEach(e -> afterByType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e));
        Map<EventType, Integer> occurrence = new EnumMap<>(EventType.class);
        List<RecordChange> changes = new ArrayList<>();
        for (TicketEvent event : before) {
            int n = occurrence.merge(event.type(), 1, Integer::sum);
            String key = told(event);
            Integer left = told.get(key);
            if (left != null && left > 0) {
                told.put(key, left - 1);
                continue;
            }
            List<TicketEvent> sameType = afterByType.getOrDefault(event.type(), List.of());
            if (n <= sameType.size()) {
                changes.add(new RecordChange(event, sameType.get(n - 1)));
            }
        }
        return changes;
    }

    /** What an event tells, without when Witness saw it. */
    private static String told(TicketEvent event) {
        return EventJson.write(event).replaceAll(",?\"seenAt\":\"[^\"]*\"", "");
    }
}

package io.witness.sources.tenant;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYamlWriter;
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
import io.witness.ledger.store.DerivedRow;
import io.witness.ledger.store.DigestedRow;
import io.witness.ledger.store.DerivedTickets;
import io.witness.ledger.store.LedgerReader;
import io.witness.ledger.store.StoreException;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceFormat;
import io.witness.sources.format.SourceFormats;
import io.witness.sources.format.UnmappedValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /** How {@link TenantTickets#readFrom()} names the derived tickets. */
    public static final String DERIVED = "the derived tickets";

    /** Named in the contract's digest: changed whenever the payload's form or what a format derives changes. */
    private static final String DERIVED_VERSION = "witness.derived-tickets.v1\n";

    private final Contract contract;
    private volatile byte @Nullable [] contractDigest;

    public TenantEvents(Contract contract) {
        this.contract = contract;
    }

    /** Every observation of a tenant, read in pages of {@code pageSize}, and derived again. */
    public TenantTickets read(LedgerReader reader, TenantId tenant, int pageSize) {
        Read read = readObservations(reader, tenant, pageSize);
        return of(tenant, read.drafts(), read.names());
    }

    /**
     * A tenant's tickets from its derived tickets (docs/reconcile.md, "From the ledger") when they reflect its
     * whole log and were derived under this contract; otherwise derived from every observation, read in pages
     * of {@code pageSize}, and the derived tickets rebuilt from what that gave. Either way the same tickets;
     * {@link TenantTickets#readFrom()} says which way was taken. Each row's digest is recomputed as it is
     * decoded: derived tickets that are not as the ledger signed them (docs/ledger.md, "Derived tickets")
     * are not used, and the reason is said.
     */
    public TenantTickets read(LedgerReader reader, DerivedTickets derived, TenantId tenant, int pageSize) {
        DerivedTicketsRead.Outcome kept = DerivedTicketsRead.read(derived, tenant, contractSha256(), new DerivedTicketsRead.Assembly() {
            @Override
            public TenantTickets assemble(List<GroupResult> results, List<TenantTickets.AnnotationLine> annotations, long observations) {
                return TenantEvents.this.assemble(results, annotations, observations);
            }

            @Override
            public PartyId party(SourceRef source, Side side) {
                return TenantEvents.this.party(source, side);
            }
        });
        if (kept.tickets() != null) {
            return kept.tickets();
        }
        String reason = kept.reason();
        Read read = readObservations(reader, tenant, pageSize);
        Derivation derivation = derive(tenant, read.drafts(), read.names());
        TenantTickets tickets = assemble(derivation.results(), derivation.annotations(), read.drafts().size());
        String rebuilt;
        try {
            rebuilt = derived.rebuild(tenant, read.drafts().size(), contractSha256(), rows(tenant, derivation, read)) ? "derived tickets rebuilt"
                    : "the log grew meanwhile, derived tickets not rebuilt";
        } catch (StoreException e) {
            // The tickets are read; a cache that cannot be written leaves the next reconcile to derive again.
            rebuilt = "derived tickets not rebuilt: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage());
        }
        return tickets.readFrom("the observations (" + reason + "; " + rebuilt + ")");
    }

    /** The SHA-256 naming this contract in the derived tickets: of its YAML form and the payload's version. */
    public byte[] contractSha256() {
        byte[] digest = contractDigest;
        if (digest == null) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(DERIVED_VERSION.getBytes(StandardCharsets.UTF_8));
                digest = sha.digest(ContractYamlWriter.write(contract).getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("The JDK has no SHA-256", e);
            }
            contractDigest = digest;
        }
        return digest.clone();
    }

    private record Read(List<ObservationDraft> drafts, List<String> names, long[] positions) {
    }

    private static Read readObservations(LedgerReader reader, TenantId tenant, int pageSize) {
        List<ObservationDraft> drafts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        Position from = Position.of(0);
        while (true) {
            List<Observation> page = reader.observations(tenant, from, pageSize);
            for (Observation observation : page) {
                drafts.add(observation.draft());
                names.add(observation.name());
                positions.add(observation.position().value());
            }
            if (page.size() < pageSize) {
                break;
            }
            from = page.get(page.size() - 1).position().next();
        }
        return new Read(drafts, names, positions.stream().mapToLong(Long::longValue).toArray());
    }

    /** Each group's result, with the indexes of its observations; the annotations, with theirs. */
    private record Derivation(List<List<Integer>> members, List<GroupResult> results, List<TenantTickets.AnnotationLine> annotations,
            List<Integer> annotationIndexes) {
    }

    /** The derived tickets' rows of a derivation from the observations: encoded and digested on every core. */
    private static List<DigestedRow> rows(TenantId tenant, Derivation derivation, Read read) {
        List<DigestedRow> rows = new ArrayList<>(java.util.stream.IntStream.range(0, derivation.results().size()).parallel().mapToObj(g -> {
            GroupResult result = derivation.results().get(g);
            long[] positions = derivation.members().get(g).stream().mapToLong(i -> read.positions()[i]).toArray();
            byte[] body = DerivedGroupCodec.body(result.events(), result.changes(), result.failure());
            return derivedRow(tenant, positions, result.source(), result.side(), result.caseId(), body);
        }).toList());
        for (int a = 0; a < derivation.annotations().size(); a++) {
            int i = derivation.annotationIndexes().get(a);
            ObservationDraft draft = read.drafts().get(i);
            rows.add(annotationRow(tenant, read.positions()[i], draft, derivation.annotations().get(a).line()));
        }
        return rows;
    }

    /**
     * The tickets of observations in log order.
     *
     * @param tenant the tenant they are of
     * @param drafts the observations, in log order
     * @param names each one's name ({@code tenant#position}), same order
     */
    public TenantTickets of(TenantId tenant, List<ObservationDraft> drafts, List<String> names) {
        Derivation derivation = derive(tenant, drafts, names);
        return assemble(derivation.results(), derivation.annotations(), drafts.size());
    }

    private Derivation derive(TenantId tenant, List<ObservationDraft> drafts, List<String> names) {
        Map<Group, List<Integer>> groups = new LinkedHashMap<>();
        List<TenantTickets.AnnotationLine> annotations = new ArrayList<>();
        List<Integer> annotationIndexes = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ObservationDraft draft = drafts.get(i);
            if (draft.kind().equals(ANNOTATION)) {
                annotations.add(new TenantTickets.AnnotationLine(names.get(i), new String(draft.raw(), StandardCharsets.UTF_8)));
                annotationIndexes.add(i);
            } else if (draft.caseRef().isPresent()) {
                groups.computeIfAbsent(new Group(draft.source(), draft.side(), draft.caseRef().get()), g -> new ArrayList<>())
                        .add(i);
            }
        }
        List<Map.Entry<Group, List<Integer>>> entries = new ArrayList<>(groups.entrySet());
        // Each group derived on its own, on every core (formats are stateless and thread-safe); then put
        // together in log order, as one thread would.
        List<GroupResult> results = entries.parallelStream().map(e -> {
            List<ObservationDraft> own = new ArrayList<>(e.getValue().size());
            List<String> ownNames = new ArrayList<>(e.getValue().size());
            e.getValue().forEach(i -> {
                own.add(drafts.get(i));
                ownNames.add(names.get(i));
            });
            return derive(tenant, e.getKey().source(), e.getKey().side(), e.getKey().caseId(), own, ownNames);
        }).toList();
        return new Derivation(entries.stream().map(Map.Entry::getValue).toList(), results, annotations, annotationIndexes);
    }

    /**
     * The tickets of groups already derived, in log order of their first observations: a group's own ticket when
     * it was made with the group ({@link GroupResult#ticket()}) and no other group tells of its id, else made here
     * from the groups' events in order (on every core).
     */
    TenantTickets assemble(List<GroupResult> results, List<TenantTickets.AnnotationLine> annotations, long observations) {
        List<InputProblem> problems = new ArrayList<>();
        // Usually half the groups are of each side, one ticket a group.
        TicketFiling tickets = new TicketFiling(results.size() / 2);
        Map<String, List<RecordChange>> changes = new HashMap<>();
        Map<String, Long> unmapped = new LinkedHashMap<>();
        Set<String> unknownFormats = new HashSet<>();
        Map<Side, Map<SourceRef, PartyId>> parties = new EnumMap<>(Side.class);
        for (GroupResult derived : results) {
            if (!derived.formatKnown()) {
                if (unknownFormats.add(derived.source().system())) {
                    problems.add(new InputProblem(derived.source().toString(), 0, 0, "", "no import format is named '"
                            + derived.source().system() + "'; its observations are left out"));
                }
                continue;
            }
            if (derived.failure() != null) {
                problems.add(new InputProblem(derived.source().toString(), 0, 0, "", "case " + derived.caseId()
                        + ": its events cannot be derived: " + derived.failure()));
                continue;
            }
            // Loops and lookups without a capturing lambda: this runs once a group, 200,000 times at 100,000 cases.
            List<UnmappedValue> unmappedHere = derived.events().unmapped();
            for (int u = 0; u < unmappedHere.size(); u++) {
                unmapped.merge(unmappedHere.get(u).field() + '\t' + unmappedHere.get(u).value(), unmappedHere.get(u).count(), Long::sum);
            }
            if (!derived.changes().isEmpty()) {
                for (CaseId id : derived.toldUnder().keySet()) {
                    changes.computeIfAbsent(derived.side().wireName() + " " + id, k -> new ArrayList<>())
                            .addAll(derived.changes());
                }
            }
            // The ticket is the id the events are told under (GroupResult.toldUnder).
            if (derived.ticket() != null) {
                tickets.add(derived.ticket(), derived.ticketHash());
                continue;
            }
            Map<SourceRef, PartyId> sideParties = parties.computeIfAbsent(derived.side(), s -> new HashMap<>());
            PartyId party = sideParties.get(derived.source());
            if (party == null) {
                party = party(derived.source(), derived.side());
                sideParties.put(derived.source(), party);
            }
            for (Map.Entry<CaseId, List<TicketEvent>> told : derived.toldUnder().entrySet()) {
                tickets.add(told.getKey(), derived.side(), party, told.getValue(), derived.observations());
            }
        }
        List<UnmappedValue> values = new ArrayList<>();
        unmapped.forEach((key, count) -> {
            int tab = key.indexOf('\t');
            values.add(new UnmappedValue(key.substring(0, tab), key.substring(tab + 1), count));
        });
        return new TenantTickets(tickets.tickets(), changes, annotations, problems, values, observations);
    }

    /**
     * What one group's observations give, derived under this contract as a reconcile derives it.
     *
     * @param own the group's observations, in log order
     * @param names their names, same order
     */
    GroupResult derive(TenantId tenant, SourceRef source, Side side, CaseId caseId, List<ObservationDraft> own, List<String> names) {
        Optional<SourceFormat> format = SourceFormats.named(source.system());
        if (format.isEmpty()) {
            return GroupResult.of(source, side, caseId, false, GroupResult.NONE, List.of(), null, names);
        }
        ImportContext context = context(tenant, source, side, own);
        try {
            CaseEvents derived = format.get().normalise(caseId, own, context);
            return withChanges(format.get(), context, source, side, caseId, own, names, derived);
        } catch (IllegalArgumentException | DateTimeException e) {
            return GroupResult.of(source, side, caseId, true, GroupResult.NONE, List.of(), String.valueOf(e.getMessage()), names);
        }
    }

    /**
     * {@link #derive} for a group whose events {@code derived} were already normalised under
     * {@link #context(TenantId, SourceRef, Side, List) its context}: only the record changes are found.
     */
    GroupResult withChanges(SourceFormat format, ImportContext context, SourceRef source, Side side, CaseId caseId,
            List<ObservationDraft> own, List<String> names, CaseEvents derived) {
        try {
            List<RecordChange> found = reimported(own) ? changed(format, caseId, own, context, derived.events()) : List.of();
            return GroupResult.of(source, side, caseId, true, derived, found, null, names);
        } catch (IllegalArgumentException | DateTimeException e) {
            return GroupResult.of(source, side, caseId, true, GroupResult.NONE, List.of(), String.valueOf(e.getMessage()), names);
        }
    }

    /**
     * The row of the derived tickets an import gives for one group (its source, side and case), without its
     * positions ({@link #derivedRow}): derived as {@link #read(LedgerReader, DerivedTickets, TenantId, int)}
     * would derive it. {@code underImport}, what the import derived from the same observations in
     * {@code importContext}, is taken as it is when that context is the group's; otherwise the group is derived again.
     *
     * @param own the group's observations, in log order
     */
    public byte[] derivedBody(TenantId tenant, SourceRef source, Side side, CaseId caseId, List<ObservationDraft> own,
            ImportContext importContext, CaseEvents underImport) {
        ImportContext context = context(tenant, source, side, own);
        Optional<SourceFormat> format = SourceFormats.named(source.system());
        GroupResult result = format.isPresent() && sameContext(context, importContext)
                ? withChanges(format.get(), context, source, side, caseId, own, List.of(), underImport)
                : derive(tenant, source, side, caseId, own, List.of());
        return DerivedGroupCodec.body(result.events(), result.changes(), result.failure());
    }

    /** A row of {@code tenant}'s derived tickets, with its digest: the positions of a group's observations (in log order) and its body. */
    public static DigestedRow derivedRow(TenantId tenant, long[] positions, SourceRef source, Side side, CaseId caseId, byte[] body) {
        return DigestedRow.of(tenant, new DerivedRow(positions[0], source, side, caseId.value(), DerivedGroupCodec.payload(positions, body)));
    }

    /** The row of {@code tenant}'s derived tickets of an annotation at {@code position}, with its digest. */
    static DigestedRow annotationRow(TenantId tenant, long position, ObservationDraft draft, String line) {
        return DigestedRow.of(tenant, new DerivedRow(position, draft.source(), draft.side(), "",
                DerivedGroupCodec.payload(new long[] {position}, DerivedGroupCodec.annotationBody(line))));
    }

    /** True when two contexts normalise alike; the contract compared by identity first, as it is large. */
    private static boolean sameContext(ImportContext a, ImportContext b) {
        boolean sameContract = a.contract().isPresent() && b.contract().isPresent()
                ? a.contract().get() == b.contract().get() || a.contract().get().equals(b.contract().get())
                : a.contract().isEmpty() && b.contract().isEmpty();
        return sameContract && a.tenant().equals(b.tenant()) && a.side() == b.side() && a.source().equals(b.source())
                && a.contractSource().equals(b.contractSource()) && a.zone().equals(b.zone()) && a.mapping().equals(b.mapping())
                && a.receivedAt().equals(b.receivedAt());
    }

    /** The context a group's observations are normalised in: this contract, its zone, no mapping file. */
    ImportContext context(TenantId tenant, SourceRef source, Side side, List<ObservationDraft> own) {
        Instant received = own.get(own.size() - 1).receivedAt();
        return new ImportContext(tenant, side, source, Optional.of(contract), contractSource(source),
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
    private PartyId party(SourceRef source, Side side) {
        if (side == Side.CLIENT) {
            return contract.parties().client().id();
        }
        return contractSource(source).flatMap(s -> contract.parties().ownerOf(s)).map(Party::id)
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
    private static List<RecordChange> changed(SourceFormat format, CaseId caseId, List<ObservationDraft> own,
            ImportContext context, List<TicketEvent> after) {
        Instant last = own.get(own.size() - 1).receivedAt();
        List<ObservationDraft> earlier = own.stream().filter(d -> d.receivedAt().isBefore(last)).toList();
        List<TicketEvent> before = format.normalise(caseId, earlier, context).events();
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

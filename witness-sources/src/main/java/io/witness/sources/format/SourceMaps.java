package io.witness.sources.format;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractTerms;
import io.witness.core.contract.Party;
import io.witness.core.contract.PriorityMap;
import io.witness.core.contract.Source;
import io.witness.core.contract.SourceId;
import io.witness.core.contract.SourceKind;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.StatusClass;
import io.witness.core.clock.StatusClassifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's maps for one source system: the class of each of its statuses and the contract
 * priority of each of its priorities (or impact × urgency), counting every value it does not map.
 *
 * <p>Without a contract, a status whose text names a class ("In Progress") has that class and a
 * priority is the source's own text. With a contract, a value the source's map lacks is counted as
 * unmapped and left without a class or priority: never guessed.
 *
 * <p>Mutable (it counts); one case at a time, one thread.
 */
public final class SourceMaps {

    private final Map<String, StatusClass> statuses;
    private final Optional<PriorityMap> priorities;
    private final boolean hasContract;
    private final Map<String, Long> unmapped = new LinkedHashMap<>();

    private SourceMaps(Map<String, StatusClass> statuses, Optional<PriorityMap> priorities, boolean hasContract) {
        this.statuses = statuses;
        this.priorities = priorities;
        this.hasContract = hasContract;
    }

    /**
     * The maps of the context's source: the one named by {@code contractSource}, else the side's first
     * ticket system of one of {@code kinds}, else the side's first ticket system; the contract's terms in
     * force on {@code date}.
     */
    public static SourceMaps of(ImportContext context, LocalDate date, SourceKind... kinds) {
        if (context.contract().isEmpty()) {
            return new SourceMaps(Map.of(), Optional.empty(), false);
        }
        Contract contract = context.contract().get();
        ContractTerms terms = contract.termsAt(date).orElse(contract.versions().get(0).terms());
        Optional<SourceId> source = context.contractSource().or(() -> ticketSource(contract, context.side(), kinds));
        return new SourceMaps(source.map(id -> terms.statusClasses().getOrDefault(id, Map.of())).orElse(Map.of()),
                source.map(id -> terms.priorityMaps().get(id)), true);
    }

    private static Optional<SourceId> ticketSource(Contract contract, Side side, SourceKind... kinds) {
        List<Party> parties = side == Side.CLIENT ? List.of(contract.parties().client()) : contract.parties().providers();
        List<Source> ticketSources = new ArrayList<>();
        for (Party party : parties) {
            party.sources().stream().filter(s -> s.kind().holdsTickets()).forEach(ticketSources::add);
        }
        for (Source source : ticketSources) {
            for (SourceKind kind : kinds) {
                if (source.kind() == kind) {
                    return Optional.of(source.id());
                }
            }
        }
        return ticketSources.stream().findFirst().map(Source::id);
    }

    /** The class of a status: the source's map (exact, then ignoring case), then a text naming a class. */
    public Optional<StatusClass> statusClass(String status) {
        StatusClass mapped = statuses.get(status);
        if (mapped == null) {
            mapped = statuses.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(status))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        Optional<StatusClass> found = mapped != null ? Optional.of(mapped)
                : StatusClassifier.byClassName().classify(Side.CLIENT, status);
        if (found.isEmpty()) {
            count("status", status);
        }
        return found;
    }

    /** The contract priority of a priority (or severity) value. */
    public Optional<Priority> priority(String value) {
        if (!hasContract || priorities.isEmpty()) {
            return Optional.of(new Priority(value.trim()));
        }
        Optional<Priority> found = priorities.get() instanceof PriorityMap.ByValue byValue
                ? byValue.priorityOf(value) : Optional.empty();
        if (found.isEmpty()) {
            count("priority", value);
        }
        return found;
    }

    /** The contract priority of an impact and urgency, by the source's matrix; else of the priority given. */
    public Optional<Priority> priority(String impact, String urgency, String priority) {
        if (priorities.isPresent() && priorities.get() instanceof PriorityMap.ByImpactUrgency matrix) {
            Optional<Priority> found = matrix.priorityOf(impact, urgency);
            if (found.isEmpty()) {
                count("impact×urgency", impact + " × " + urgency);
            }
            return found;
        }
        return priority(priority);
    }

    /** The values not mapped so far, with their counts. */
    public List<UnmappedValue> unmapped() {
        List<UnmappedValue> values = new ArrayList<>();
        unmapped.forEach((key, count) -> {
            int tab = key.indexOf('\t');
            values.add(new UnmappedValue(key.substring(0, tab), key.substring(tab + 1), count));
        });
        return values;
    }

    private void count(String field, String value) {
        unmapped.merge(field + '\t' + value, 1L, Long::sum);
    }
}

package io.witness.core.reconcile;

import io.witness.core.contract.PartyId;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Side;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Builds cases from both sides' tickets (docs/reconcile.md, "Correlation"): tickets with the same id are
 * one case; else a reference one side stores of the other (either direction; both directions is
 * strongest); else the fuzzy rules of {@link CorrelationRules} on requester, title and opening time. Each
 * ticket joins at most one case, the best-ranked candidates first ({@link Candidate#BEST_FIRST}), so the
 * result does not depend on the order tickets are given in. A ticket left alone is a one-sided case.
 *
 * <p>Immutable and thread-safe.
 */
public final class Correlation {

    private final CorrelationRules rules;

    public Correlation(CorrelationRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Correlation under {@link CorrelationRules#defaults()}. */
    public static Correlation withDefaults() {
        return new Correlation(CorrelationRules.defaults());
    }

    public CorrelationRules rules() {
        return rules;
    }

    /**
     * The cases of both sides' tickets.
     *
     * @param tickets every ticket of both sides, not null; ids unique within a side
     * @param defaultProvider the provider of a case only the client recorded
     * @throws IllegalArgumentException if two tickets of one side share an id
     */
    public Correlated correlate(List<Ticket> tickets, PartyId defaultProvider) {
        Objects.requireNonNull(defaultProvider, "defaultProvider");
        Map<String, TicketFacts> clients = new LinkedHashMap<>();
        Map<String, TicketFacts> providers = new LinkedHashMap<>();
        // Each ticket's facts (details folded, title words, requester) on every core; the maps in the tickets' order.
        List<TicketFacts> facts = tickets.parallelStream().map(TicketFacts::new).toList();
        for (TicketFacts fact : facts) {
            Ticket ticket = fact.ticket;
            Map<String, TicketFacts> side = ticket.side() == Side.CLIENT ? clients : providers;
            if (side.putIfAbsent(fact.key, fact) != null) {
                throw new IllegalArgumentException("Two " + ticket.side().wireName() + " tickets have the id " + ticket.id());
            }
        }
        List<Ambiguity> ambiguities = new ArrayList<>();
        List<Candidate> chosen = new ArrayList<>();
        chosen.addAll(choose(sameIds(clients, providers), ambiguities));
        chosen.addAll(choose(references(clients, providers), ambiguities));
        List<TicketFacts> freeClients = unmatched(clients);
        List<TicketFacts> freeProviders = unmatched(providers);
        freeClients.parallelStream().forEach(TicketFacts::readTitleAndRequester);
        freeProviders.parallelStream().forEach(TicketFacts::readTitleAndRequester);
        chosen.addAll(choose(new FuzzyRules(rules).candidates(freeClients, freeProviders), ambiguities));

        // Each case with its opening as numbers (from the tickets' facts, not their events again): a sort
        // compares each case many times. The cases are made on every core.
        String window = Durations.words(rules.window());
        Stream<Opening> pairs = chosen.parallelStream().map(pair -> new Opening(
                pair.client().openedAfter(pair.provider()) ? pair.provider() : pair.client(),
                Case.paired(pair.client().ticket, pair.provider().ticket, pair.match())));
        Stream<Opening> clientsAlone = unmatched(clients).parallelStream().map(client -> new Opening(client,
                Case.oneSided(client.ticket, defaultProvider, "only the client recorded " + client.id()
                        + ": no provider ticket has its id, refers to it or is referred to by it, or matches its"
                        + " requester, title and opening within " + window)));
        Stream<Opening> providersAlone = unmatched(providers).parallelStream().map(provider -> new Opening(provider,
                Case.oneSided(provider.ticket, provider.ticket.party(), "only the provider recorded " + provider.id()
                        + ": no client ticket has its id, refers to it or is referred to by it, or matches its requester,"
                        + " title and opening within " + window)));
        Opening[] openings = Stream.concat(Stream.concat(pairs, clientsAlone), providersAlone).toArray(Opening[]::new);
        Arrays.parallelSort(openings, Opening.ORDER);
        List<Case> cases = new ArrayList<>(openings.length);
        for (Opening opening : openings) {
            cases.add(opening.theCase());
        }
        return new Correlated(cases, ambiguities);
    }

    /** A case with its opening (milliseconds, then the nanosecond for instants finer than that) and id. */
    private record Opening(long millis, int nano, String id, Case theCase) {

        /** The case, opened when {@code first} (its earlier ticket) opened. */
        Opening(TicketFacts first, Case theCase) {
            this(first.opened, first.openedNano, theCase.id().value(), theCase);
        }

        static final Comparator<Opening> ORDER = (a, b) -> a.millis != b.millis ? Long.compare(a.millis, b.millis)
                : a.nano != b.nano ? Integer.compare(a.nano, b.nano) : a.id.compareTo(b.id);
    }

    private static List<Candidate> sameIds(Map<String, TicketFacts> clients, Map<String, TicketFacts> providers) {
        List<Candidate> candidates = new ArrayList<>();
        clients.forEach((key, client) -> {
            TicketFacts provider = providers.get(key);
            if (provider != null) {
                candidates.add(new Candidate(client, provider, Candidate.SAME_ID, 1, Candidate.gap(client, provider),
                        new Match(MatchMethod.SAME_ID, 1, "both sides recorded the ticket as " + client.id())));
            }
        });
        return candidates;
    }

    private static List<Candidate> references(Map<String, TicketFacts> clients, Map<String, TicketFacts> providers) {
        // Who refers to whom, kept on the tickets' facts (a map keyed by pairs costs two lookups a reference). Each
        // ticket's task writes only its own lists and reads the maps, so the tickets are looked at on every core.
        List<TicketFacts> freeClients = unmatched(clients);
        List<TicketFacts> freeProviders = unmatched(providers);
        freeClients.parallelStream().forEach(client -> {
            for (ExternalReference ref : client.details.references()) {
                TicketFacts provider = providers.get(TicketFacts.key(ref.id()));
                if (provider != null && !provider.matched && !client.refersTo.contains(provider)) {
                    client.refersTo.add(provider);
                    client.systems.add(ref.system());
                }
            }
        });
        freeProviders.parallelStream().forEach(provider -> {
            for (ExternalReference ref : provider.details.references()) {
                TicketFacts client = clients.get(TicketFacts.key(ref.id()));
                if (client != null && !client.matched && !provider.refersTo.contains(client)) {
                    provider.refersTo.add(client);
                }
            }
        });
        // The pairs the clients name first, in the clients' order; then those only the provider names.
        List<Candidate> candidates = new ArrayList<>(freeClients.size());
        candidates.addAll(freeClients.parallelStream().flatMap(client -> namedBy(client).stream()).toList());
        candidates.addAll(freeProviders.parallelStream().flatMap(provider -> namedOnlyBy(provider).stream()).toList());
        freeClients.parallelStream().forEach(TicketFacts::forgetReferences);
        freeProviders.parallelStream().forEach(TicketFacts::forgetReferences);
        return candidates;
    }

    /** The candidates of the provider tickets a client's ticket names, in the order it names them. */
    private static List<Candidate> namedBy(TicketFacts client) {
        if (client.refersTo.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>(client.refersTo.size());
        for (int i = 0; i < client.refersTo.size(); i++) {
            TicketFacts provider = client.refersTo.get(i);
            boolean mutual = provider.refersTo.contains(client);
            String reason = mutual ? "the client's " + client.id() + " stores the provider's " + provider.id() + " and "
                    + provider.id() + " stores " + client.id()
                    : "the client's " + client.id() + " stores the provider's ticket " + provider.id() + " ("
                            + client.systems.get(i) + ")";
            candidates.add(new Candidate(client, provider, mutual ? Candidate.MUTUAL : Candidate.ONE_WAY, 1,
                    Candidate.gap(client, provider), new Match(MatchMethod.REFERENCE, mutual ? 1 : 0.95, reason)));
        }
        return candidates;
    }

    /** The candidates of the client tickets a provider's ticket names that do not name it back. */
    private static List<Candidate> namedOnlyBy(TicketFacts provider) {
        if (provider.refersTo.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>(1);
        for (TicketFacts client : provider.refersTo) {
            if (!client.refersTo.contains(provider)) {
                candidates.add(new Candidate(client, provider, Candidate.ONE_WAY, 1, Candidate.gap(client, provider),
                        new Match(MatchMethod.REFERENCE, 0.95, "the provider's " + provider.id()
                                + " stores the client's ticket " + client.id())));
            }
        }
        return candidates;
    }

    /** Pairs the best-ranked candidates first; reports each choice that passed over a still-free candidate. */
    private List<Candidate> choose(List<Candidate> candidates, List<Ambiguity> ambiguities) {
        for (Candidate candidate : candidates) {
            candidate.client().candidateCount++;
            candidate.provider().candidateCount++;
        }
        List<Candidate> chosen = new ArrayList<>(candidates.size());
        List<Candidate> contested = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.client().candidateCount == 1 && candidate.provider().candidateCount == 1) {
                // Neither ticket has another candidate: the pair is chosen in any order and passes nothing over,
                // so only the contested candidates need ranking (most tickets have a single one).
                candidate.client().matched = true;
                candidate.provider().matched = true;
                chosen.add(candidate);
            } else {
                contested.add(candidate);
            }
        }
        for (Candidate candidate : candidates) {
            candidate.client().candidateCount = 0;
            candidate.provider().candidateCount = 0;
        }
        // Each contested ticket's candidates kept on its facts, best first, while this rule chooses.
        contested.sort(Candidate.BEST_FIRST);
        for (Candidate candidate : contested) {
            candidate.client().candidates.add(candidate);
            candidate.provider().candidates.add(candidate);
        }
        for (Candidate candidate : contested) {
            if (candidate.client().matched || candidate.provider().matched) {
                continue;
            }
            report(candidate, candidate.client(), ambiguities);
            report(candidate, candidate.provider(), ambiguities);
            candidate.client().matched = true;
            candidate.provider().matched = true;
            chosen.add(candidate);
        }
        for (Candidate candidate : contested) {
            candidate.client().candidates.clear();
            candidate.provider().candidates.clear();
        }
        return chosen;
    }

    private void report(Candidate chosen, TicketFacts ticket, List<Ambiguity> ambiguities) {
        if (ticket.candidates.size() == 1) {
            return;
        }
        List<Candidate> rivals = new ArrayList<>();
        for (Candidate other : ticket.candidates) {
            TicketFacts otherTicket = ticket == other.client() ? other.provider() : other.client();
            if (other != chosen && !otherTicket.matched && other.strength() == chosen.strength()
                    && chosen.score() - other.score() <= rules.ambiguityMargin()) {
                rivals.add(other);
            }
        }
        if (rivals.isEmpty()) {
            return;
        }
        boolean isClient = ticket == chosen.client();
        TicketFacts winner = isClient ? chosen.provider() : chosen.client();
        List<String> passedOver = new ArrayList<>();
        for (Candidate rival : rivals) {
            passedOver.add((isClient ? rival.provider() : rival.client()).ticket.label());
        }
        Candidate runnerUp = rivals.get(0);
        TicketFacts second = isClient ? runnerUp.provider() : runnerUp.client();
        String why;
        if (chosen.score() != runnerUp.score()) {
            why = String.format(java.util.Locale.ROOT, "its score %.2f is higher than %s's %.2f", chosen.score(),
                    second.id(), runnerUp.score());
        } else if (chosen.gapMillis() != runnerUp.gapMillis()) {
            why = "it opened closer in time (" + Durations.words(Duration.ofMillis(chosen.gapMillis())) + " apart, "
                    + second.id() + " " + Durations.words(Duration.ofMillis(runnerUp.gapMillis())) + ")";
        } else {
            why = "the tie is broken by the lower ticket id";
        }
        ambiguities.add(new Ambiguity(ticket.ticket.label(), winner.ticket.label(), passedOver,
                ticket.ticket.label() + " could be " + winner.id() + " or " + String.join(" or ",
                        passedOver.stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList())
                        + "; " + winner.id() + " was chosen: " + why));
    }

    private static List<TicketFacts> unmatched(Map<String, TicketFacts> tickets) {
        List<TicketFacts> free = new ArrayList<>();
        for (TicketFacts facts : tickets.values()) {
            if (!facts.matched) {
                free.add(facts);
            }
        }
        return free;
    }
}

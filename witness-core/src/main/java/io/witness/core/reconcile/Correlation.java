package io.witness.core.reconcile;

import io.witness.core.contract.PartyId;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Side;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        // Each ticket's facts (details, opening, key) on every core; each side's tickets in the tickets' order, and
        // looked up by key.
        List<TicketFacts> facts = tickets.parallelStream().map(TicketFacts::new).toList();
        int clientCount = 0;
        for (int i = 0, n = facts.size(); i < n; i++) {
            clientCount += facts.get(i).ticket.side() == Side.CLIENT ? 1 : 0;
        }
        TicketIndex clients = new TicketIndex(clientCount);
        TicketIndex providers = new TicketIndex(facts.size() - clientCount);
        List<TicketFacts> clientList = new ArrayList<>(clientCount);
        List<TicketFacts> providerList = new ArrayList<>(facts.size() - clientCount);
        for (int i = 0, n = facts.size(); i < n; i++) {
            TicketFacts fact = facts.get(i);
            Ticket ticket = fact.ticket;
            boolean client = ticket.side() == Side.CLIENT;
            if ((client ? clients : providers).putIfAbsent(fact) != null) {
                throw new IllegalArgumentException("Two " + ticket.side().wireName() + " tickets have the id " + ticket.id());
            }
            (client ? clientList : providerList).add(fact);
        }
        List<Ambiguity> ambiguities = new ArrayList<>();
        List<Candidate> chosen = new ArrayList<>(Math.min(clientList.size(), providerList.size()));
        // Each rule looks at the tickets the rules before it left free; a chosen pair takes one ticket of each side,
        // so the free tickets are picked from the last rule's (not from every ticket again) and counted without a pass.
        chosen.addAll(choose(sameIds(clientList, providers), ambiguities));
        List<TicketFacts> freeClients = unmatched(clientList, clientList.size() - chosen.size());
        List<TicketFacts> freeProviders = unmatched(providerList, providerList.size() - chosen.size());
        int before = chosen.size();
        chosen.addAll(choose(references(freeClients, freeProviders, clients, providers), ambiguities));
        freeClients = unmatched(freeClients, freeClients.size() - (chosen.size() - before));
        freeProviders = unmatched(freeProviders, freeProviders.size() - (chosen.size() - before));
        freeClients.parallelStream().forEach(TicketFacts::readTitleAndRequester);
        freeProviders.parallelStream().forEach(TicketFacts::readTitleAndRequester);
        before = chosen.size();
        chosen.addAll(choose(new FuzzyRules(rules).candidates(freeClients, freeProviders), ambiguities));
        List<TicketFacts> clientsLeft = unmatched(freeClients, freeClients.size() - (chosen.size() - before));
        List<TicketFacts> providersLeft = unmatched(freeProviders, freeProviders.size() - (chosen.size() - before));

        // Each case with its opening as numbers (from the tickets' facts, not their events again): a sort
        // compares each case many times. The cases are made on every core; a one-sided case's reason is written
        // when read.
        String window = Durations.words(rules.window());
        Stream<CaseOpening> pairs = chosen.parallelStream().map(pair -> new CaseOpening(
                pair.client().openedAfter(pair.provider()) ? pair.provider() : pair.client(),
                Case.paired(pair.client().ticket, pair.provider().ticket, pair.match())));
        Stream<CaseOpening> clientsAlone = clientsLeft.parallelStream().map(client -> new CaseOpening(client,
                Case.oneSided(client.ticket, defaultProvider, onlyTheClient(client.id, window))));
        Stream<CaseOpening> providersAlone = providersLeft.parallelStream().map(provider -> new CaseOpening(provider,
                Case.oneSided(provider.ticket, provider.ticket.party(), onlyTheProvider(provider.id, window))));
        CaseOpening[] openings = Stream.concat(Stream.concat(pairs, clientsAlone), providersAlone).toArray(CaseOpening[]::new);
        List<Case> cases = CaseOpening.inOrder(openings);
        return new Correlated(cases, ambiguities);
    }

    private static Match onlyTheClient(String id, String window) {
        return Match.worded(MatchMethod.ONE_SIDE_ONLY, 1, () -> "only the client recorded " + id
                + ": no provider ticket has its id, refers to it or is referred to by it, or matches its"
                + " requester, title and opening within " + window);
    }

    private static Match onlyTheProvider(String id, String window) {
        return Match.worded(MatchMethod.ONE_SIDE_ONLY, 1, () -> "only the provider recorded " + id
                + ": no client ticket has its id, refers to it or is referred to by it, or matches its requester,"
                + " title and opening within " + window);
    }

    private static List<Candidate> sameIds(List<TicketFacts> clients, TicketIndex providers) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0, n = clients.size(); i < n; i++) {
            TicketFacts client = clients.get(i);
            TicketFacts provider = providers.get(client.id);
            if (provider != null) {
                String id = client.id;
                candidates.add(new Candidate(client, provider, Candidate.SAME_ID, 1, Candidate.gap(client, provider),
                        Match.worded(MatchMethod.SAME_ID, 1, () -> "both sides recorded the ticket as " + id)));
            }
        }
        return candidates;
    }

    /** The candidates of the free tickets that refer to each other. */
    private static List<Candidate> references(List<TicketFacts> freeClients, List<TicketFacts> freeProviders,
            TicketIndex clients, TicketIndex providers) {
        // Who refers to whom, kept on the tickets' facts (a map keyed by pairs costs two lookups a reference). Each
        // ticket's task writes only its own facts and reads the indexes, so the tickets are looked at on every core.
        freeClients.parallelStream().forEach(client -> {
            List<ExternalReference> references = client.details.references();
            for (int i = 0, n = references.size(); i < n; i++) {
                ExternalReference ref = references.get(i);
                TicketFacts provider = providers.get(ref.id());
                if (provider != null && !provider.matched) {
                    client.refer(provider, ref.system());
                }
            }
        });
        freeProviders.parallelStream().forEach(provider -> {
            List<ExternalReference> references = provider.details.references();
            for (int i = 0, n = references.size(); i < n; i++) {
                TicketFacts client = clients.get(references.get(i).id());
                if (client != null && !client.matched) {
                    provider.refer(client, null);
                }
            }
        });
        // The pairs the clients name first, in the clients' order; then those only the provider names. Their
        // reasons are written when read, so making them is a few small objects a pair.
        List<Candidate> candidates = new ArrayList<>(freeClients.size());
        for (int i = 0, n = freeClients.size(); i < n; i++) {
            namedBy(freeClients.get(i), candidates);
        }
        for (int i = 0, n = freeProviders.size(); i < n; i++) {
            namedOnlyBy(freeProviders.get(i), candidates);
        }
        freeClients.forEach(TicketFacts::forgetReferences);
        freeProviders.forEach(TicketFacts::forgetReferences);
        return candidates;
    }

    /** Adds the candidates of the provider tickets a client's ticket names, in the order it names them. */
    private static void namedBy(TicketFacts client, List<Candidate> candidates) {
        for (int i = 0; i < client.named(); i++) {
            TicketFacts provider = client.named(i);
            boolean mutual = provider.refersTo(client);
            String clientId = client.id;
            String providerId = provider.id;
            String system = client.system(i);
            Match match = mutual
                    ? Match.worded(MatchMethod.REFERENCE, 1, () -> "the client's " + clientId + " stores the provider's "
                            + providerId + " and " + providerId + " stores " + clientId)
                    : Match.worded(MatchMethod.REFERENCE, 0.95, () -> "the client's " + clientId
                            + " stores the provider's ticket " + providerId + " (" + system + ")");
            candidates.add(new Candidate(client, provider, mutual ? Candidate.MUTUAL : Candidate.ONE_WAY, 1,
                    Candidate.gap(client, provider), match));
        }
    }

    /** Adds the candidates of the client tickets a provider's ticket names that do not name it back. */
    private static void namedOnlyBy(TicketFacts provider, List<Candidate> candidates) {
        for (int i = 0; i < provider.named(); i++) {
            TicketFacts client = provider.named(i);
            if (!client.refersTo(provider)) {
                String clientId = client.id;
                String providerId = provider.id;
                candidates.add(new Candidate(client, provider, Candidate.ONE_WAY, 1, Candidate.gap(client, provider),
                        Match.worded(MatchMethod.REFERENCE, 0.95, () -> "the provider's " + providerId
                                + " stores the client's ticket " + clientId)));
            }
        }
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
            candidate.client().addCandidate(candidate);
            candidate.provider().addCandidate(candidate);
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
            candidate.client().forgetCandidates();
            candidate.provider().forgetCandidates();
        }
        return chosen;
    }

    private void report(Candidate chosen, TicketFacts ticket, List<Ambiguity> ambiguities) {
        if (ticket.candidates().size() == 1) {
            return;
        }
        List<Candidate> rivals = new ArrayList<>();
        for (Candidate other : ticket.candidates()) {
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

    /** The tickets not yet matched, of which there are {@code count}: the list itself when none is matched. */
    private static List<TicketFacts> unmatched(List<TicketFacts> tickets, int count) {
        if (count == tickets.size()) {
            return tickets;
        }
        List<TicketFacts> free = new ArrayList<>(count);
        for (int i = 0, n = tickets.size(); i < n; i++) {
            if (!tickets.get(i).matched) {
                free.add(tickets.get(i));
            }
        }
        return free;
    }
}

package io.witness.core.reconcile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fuzzy candidates between tickets no reference ties together (docs/reconcile.md): opened within the
 * window of each other; requesters not different when both are named; titles alike enough (alone, or with
 * the same requester). Score = 0.5 × title similarity + 0.3 × (same requester) + 0.2 × (1 − gap / window);
 * the confidence is the score, at most 0.9: a fuzzy match is never certain.
 */
final class FuzzyRules {

    static final double MOST_CONFIDENT = 0.9;

    private final CorrelationRules rules;

    FuzzyRules(CorrelationRules rules) {
        this.rules = rules;
    }

    List<Candidate> candidates(List<TicketFacts> clients, List<TicketFacts> providers) {
        List<TicketFacts> byOpening = new ArrayList<>(providers);
        byOpening.sort(Comparator.comparingLong(t -> t.opened));
        long window = rules.window().toMillis();
        // Each client's candidates on every core (a list only for a client that has some), kept in the clients' order.
        List<List<Candidate>> each = clients.parallelStream().map(client -> candidatesOf(client, byOpening, window)).toList();
        List<Candidate> candidates = new ArrayList<>(each.size());
        for (int i = 0, n = each.size(); i < n; i++) {
            candidates.addAll(each.get(i));
        }
        return candidates;
    }

    private List<Candidate> candidatesOf(TicketFacts client, List<TicketFacts> byOpening, long window) {
        List<Candidate> candidates = List.of();
        for (int i = firstAtOrAfter(byOpening, client.opened - window); i < byOpening.size(); i++) {
            TicketFacts provider = byOpening.get(i);
            if (provider.opened > client.opened + window) {
                break;
            }
            Candidate candidate = candidate(client, provider, window);
            if (candidate != null) {
                if (candidates.isEmpty()) {
                    candidates = new ArrayList<>(2);
                }
                candidates.add(candidate);
            }
        }
        return candidates;
    }

    private Candidate candidate(TicketFacts client, TicketFacts provider, long window) {
        boolean bothNamed = client.requester.isPresent() && provider.requester.isPresent();
        boolean sameRequester = bothNamed && client.requester.get().equals(provider.requester.get());
        if (bothNamed && !sameRequester) {
            return null;
        }
        double title = TitleSimilarity.jaccard(client.words, provider.words);
        if (!(title >= rules.titleAlone() || sameRequester && title >= rules.titleWithRequester())) {
            return null;
        }
        long gap = Candidate.gap(client, provider);
        double score = round(0.5 * title + (sameRequester ? 0.3 : 0) + 0.2 * (1 - (double) gap / window));
        // The reason is written when read, from these values.
        String requester = sameRequester ? client.details.requester().orElseThrow() : null;
        long percent = Math.round(title * 100);
        String clientTitle = client.details.title().orElse("");
        String providerTitle = provider.details.title().orElse("");
        Duration within = rules.window();
        return new Candidate(client, provider, Candidate.FUZZY, score, gap,
                Match.worded(MatchMethod.FUZZY, Math.min(MOST_CONFIDENT, score),
                        () -> reason(requester, percent, clientTitle, providerTitle, gap, within)));
    }

    private static String reason(@Nullable String requester, long percent, String clientTitle, String providerTitle,
            long gap, Duration window) {
        StringBuilder reason = new StringBuilder("no reference either way; ");
        if (requester != null) {
            reason.append("same requester (").append(requester).append("); ");
        }
        reason.append(percent).append("% of title words shared ('").append(clientTitle).append("' and '")
                .append(providerTitle).append("'); opened ").append(Durations.words(Duration.ofMillis(gap)))
                .append(" apart (within ").append(Durations.words(window)).append(')');
        return reason.toString();
    }

    private static double round(double value) {
        // As "%.2f" rounds: half up on the double's shortest decimal form (BigDecimal.valueOf uses that form).
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static int firstAtOrAfter(List<TicketFacts> sorted, long from) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).opened < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

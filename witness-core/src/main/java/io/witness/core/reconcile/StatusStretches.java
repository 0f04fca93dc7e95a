package io.witness.core.reconcile;

import io.witness.core.clock.StatusClassifier;
import io.witness.core.contract.PartyId;
import io.witness.core.event.Side;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The stretches in which the two records show a case in different states: from the later of the two
 * openings to the last event either side recorded, each side's status is its last {@code opened} or
 * {@code status} event; where the classes differ (or, without classes, the texts) for at least the
 * threshold, that stretch is a difference: "the PSA shows 'In Progress' 10:00–14:00 while ServiceNow
 * shows 'New' (4 h)".
 */
final class StatusStretches {

    private record Status(Instant from, String text, @Nullable StatusClass statusClass) {
    }

    private StatusStretches() {
    }

    /**
     * Adds the stretches of a case's two records to {@code figures}; made into differences by {@link #difference}, whose
     * sentence names each side's system when read.
     */
    static void of(List<TicketEvent> client, List<TicketEvent> provider, StatusClassifier classifier, Duration threshold,
            DifferenceFigures figures) {
        List<Status> c = statuses(client, classifier);
        List<Status> p = statuses(provider, classifier);
        if (c.isEmpty() || p.isEmpty()) {
            return;
        }
        Instant from = max(c.get(0).from(), p.get(0).from());
        Instant to = max(client.get(client.size() - 1).at(), provider.get(provider.size() - 1).at());
        Instant stretchStart = null;
        Status stretchC = null;
        Status stretchP = null;
        Instant[] changes = new Instant[c.size() + p.size() + 1];
        int count = changes(c, p, from, to, changes);
        for (int i = 0; i < count; i++) {
            Instant at = changes[i];
            Status sc = at(c, at);
            Status sp = at(p, at);
            boolean differs = differs(sc, sp);
            boolean same = stretchStart != null && differs && sc.text().equals(stretchC.text())
                    && sp.text().equals(stretchP.text());
            if (stretchStart != null && !same) {
                add(figures, stretchStart, at, stretchC, stretchP, threshold);
                stretchStart = null;
            }
            if (differs && stretchStart == null) {
                stretchStart = at;
                stretchC = sc;
                stretchP = sp;
            }
        }
        if (stretchStart != null) {
            add(figures, stretchStart, to, stretchC, stretchP, threshold);
        }
    }

    /**
     * Every instant either record's status changes at, and {@code from}, within [from, to], in order, once each: the
     * first of the returned count in {@code all}, which holds room for every status and {@code from}.
     */
    private static int changes(List<Status> c, List<Status> p, Instant from, Instant to, Instant[] all) {
        int n = 0;
        all[n++] = from;
        for (int i = 0; i < c.size(); i++) {
            all[n++] = c.get(i).from();
        }
        for (int i = 0; i < p.size(); i++) {
            all[n++] = p.get(i).from();
        }
        Arrays.sort(all, 0, n);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            Instant at = all[i];
            if (!at.isBefore(from) && !at.isAfter(to) && (kept == 0 || !all[kept - 1].equals(at))) {
                all[kept++] = at;
            }
        }
        return kept;
    }

    private static void add(DifferenceFigures figures, Instant from, Instant to, Status client, Status provider,
            Duration threshold) {
        Duration length = Duration.between(from, to);
        if (length.compareTo(threshold) < 0) {
            return;
        }
        figures.addStretch(from, to, client.text(), provider.text());
    }

    /**
     * The difference of a stretch from {@code from} to {@code to} in which the client's record shows {@code clientText}
     * and the provider's {@code providerText}; its sentence names each side's system ({@code party}'s) when read.
     */
    static Difference difference(Instant from, Instant to, String clientText, String providerText, Wording wording,
            PartyId party) {
        return new Difference("", 1, "status", Duration.between(from, to).toMillis(),
                new Stretch(wording, party, from, to, clientText, providerText));
    }

    /** One stretch the records disagree on, with what its sentence names: written when the sentence is read. */
    private record Stretch(Wording wording, PartyId party, Instant from, Instant to, String clientText,
            String providerText) implements Difference.Words {

        @Override
        public String sentence(Difference difference) {
            return wording.system(Side.PROVIDER, party) + " shows '" + providerText + "' " + wording.time(from, from) + "–"
                    + wording.time(to, from) + " while " + wording.system(Side.CLIENT, party) + " shows '" + clientText
                    + "' (" + Wording.amount(Duration.between(from, to)) + ")";
        }
    }

    private static boolean differs(Status a, Status b) {
        if (a.statusClass() != null && b.statusClass() != null) {
            return a.statusClass() != b.statusClass();
        }
        return !a.text().toLowerCase(Locale.ROOT).equals(b.text().toLowerCase(Locale.ROOT));
    }

    private static Status at(List<Status> statuses, Instant at) {
        Status found = statuses.get(0);
        for (int i = 0; i < statuses.size(); i++) {
            Status status = statuses.get(i);
            if (status.from().isAfter(at)) {
                break;
            }
            found = status;
        }
        return found;
    }

    private static List<Status> statuses(List<TicketEvent> events, StatusClassifier classifier) {
        List<Status> statuses = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            TicketEvent event = events.get(i);
            if (event instanceof TicketOpened opened) {
                String told = opened.status().orElse(null);
                String text = told == null ? "New" : told;
                StatusClass cls = opened.statusClass().orElse(null);
                if (cls == null) {
                    cls = classifier.classify(event.side(), text).orElse(told == null ? StatusClass.NEW : null);
                }
                statuses.add(new Status(event.at(), text, cls));
            } else if (event instanceof StatusChanged changed) {
                StatusClass cls = changed.statusClass().orElse(null);
                if (cls == null) {
                    cls = classifier.classify(event.side(), changed.status()).orElse(null);
                }
                statuses.add(new Status(event.at(), changed.status(), cls));
            }
        }
        return statuses;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

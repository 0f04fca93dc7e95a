package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.clock.Segment;
import io.witness.core.contract.PartyId;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The differences between the client's and the provider's telling of one clock, in words and minutes
 * (docs/reconcile.md, "Explaining a difference"): where it started, where it stopped (or that one side
 * never stopped it), how long each paused it, and what each counts in all. The figures are found here;
 * the words are written when a sentence is read.
 */
final class ClockDifferences {

    private final Wording wording;
    private final Duration threshold;

    ClockDifferences(Wording wording, Duration threshold) {
        this.wording = wording;
        this.threshold = threshold;
    }

    /**
     * Adds the differences of one clock to {@code figures}, the client's clock the {@code clientIndex}-th of its
     * record, the provider's the {@code providerIndex}-th; the {@code elapsed} one first, when the totals differ at all.
     */
    void of(ClockResult client, ClockResult provider, int clientIndex, int providerIndex, Instant now,
            DifferenceFigures figures) {
        // The figures only: the sentences are written when read, by the pair's words (words(...)).
        long apartMillis = Math.abs(client.elapsedMillis() - provider.elapsedMillis());
        if (apartMillis != 0 || client.state() != provider.state()) {
            figures.add(DifferenceFigures.ELAPSED, clientIndex, providerIndex, apartMillis);
        }
        long c = client.startedAtMillis();
        long p = provider.startedAtMillis();
        if (c != NONE && p != NONE) {
            long startApart = Math.abs(c - p);
            if (startApart >= 60_000) {
                figures.add(DifferenceFigures.START, clientIndex, providerIndex, startApart);
            }
        }
        long stopAmount = stopAmount(client, provider, now);
        if (stopAmount != NONE) {
            figures.add(DifferenceFigures.STOP, clientIndex, providerIndex, stopAmount);
        }
        // Differences of instants and durations as milliseconds: Duration.abs() of a negative duration multiplies
        // through BigDecimal, which a million cases feel.
        long pausedMillis = Math.abs(client.pausedMillis() - provider.pausedMillis());
        if (pausedMillis >= threshold.toMillis()) {
            figures.add(DifferenceFigures.PAUSE, clientIndex, providerIndex, pausedMillis);
        }
    }

    /** The means to write the sentences of one clock's differences: its two tellings and what the sentences name. */
    Difference.Words words(ClockResult client, ClockResult provider, PartyId party, Instant opened, Instant now) {
        return new Pair(client, provider, party, opened, now);
    }

    /**
     * How far apart the two records stop a clock, in milliseconds: between the two stops when both stopped it (none
     * under a minute), from the one stop to now when one did; {@link #NONE} when neither did.
     */
    private static long stopAmount(ClockResult client, ClockResult provider, Instant now) {
        long c = stoppedMillis(client);
        long p = stoppedMillis(provider);
        if (c == NONE && p == NONE) {
            return NONE;
        }
        if (c != NONE && p != NONE) {
            long apartMillis = Math.abs(c - p);
            return apartMillis < 60_000 ? NONE : apartMillis;
        }
        long at = p != NONE ? p : c;
        long nowMillis = now.toEpochMilli();
        return nowMillis > at ? Duration.between(Instant.ofEpochMilli(at), now).toMillis() : 0;
    }

    /** One clock's two tellings, with what their differences' sentences name: written when a sentence is read. */
    private final class Pair implements Difference.Words {

        private final ClockResult client;
        private final ClockResult provider;
        private final PartyId party;
        private final Instant opened;
        private final Instant now;

        Pair(ClockResult client, ClockResult provider, PartyId party, Instant opened, Instant now) {
            this.client = client;
            this.provider = provider;
            this.party = party;
            this.opened = opened;
            this.now = now;
        }

        @Override
        public String sentence(Difference difference) {
            Duration amount = difference.amount();
            switch (difference.aspect()) {
                case "elapsed":
                    return "the client's record counts " + counted(client) + ", the provider's " + counted(provider)
                            + (amount.isZero() ? "" : " — " + Wording.amount(amount) + " apart");
                case "start":
                    return startWords(client, provider, party, opened, client.startedAt().orElseThrow(),
                            provider.startedAt().orElseThrow(), amount);
                case "stop":
                    return stopSentence(client, provider, party, opened, now, amount);
                case "pause":
                    return "the provider's record pauses the " + client.clock() + " clock for "
                            + Durations.words(provider.paused()) + pausedBy(provider) + ", the client's for "
                            + Durations.words(client.paused()) + pausedBy(client);
                default:
                    throw new IllegalStateException("A clock's difference has no aspect '" + difference.aspect() + "'");
            }
        }
    }

    private String startWords(ClockResult client, ClockResult provider, PartyId party, Instant opened, Instant c,
            Instant p, Duration apart) {
        boolean providerLater = p.isAfter(c);
        ClockResult later = providerLater ? provider : client;
        Side lateSide = providerLater ? Side.PROVIDER : Side.CLIENT;
        Side earlySide = providerLater ? Side.CLIENT : Side.PROVIDER;
        Instant late = providerLater ? p : c;
        Instant early = providerLater ? c : p;
        Optional<TicketEvent> lateEvent = startEvent(later);
        Optional<TicketEvent> earlyEvent = startEvent(providerLater ? client : provider);
        String how = lateEvent.filter(TicketOpened.class::isInstance).isPresent()
                ? " when " + wording.its(lateSide, party) + " created the ticket"
                : lateEvent.map(e -> " at its " + e.type().wireName()).orElse("");
        String earlier = earlyEvent.filter(TicketOpened.class::isInstance).isPresent() ? " logged it at "
                : "'s started at ";
        return "the " + lateSide.wireName()
                + "'s " + client.clock() + " clock started at " + wording.time(late, opened) + how + "; the "
                + earlySide.wireName() + earlier + wording.time(early, opened) + " — " + Wording.amount(apart)
                + " the " + lateSide.wireName() + "'s " + (lateSide == Side.PROVIDER ? "report" : "record")
                + " does not count";
    }

    private String stopSentence(ClockResult client, ClockResult provider, PartyId party, Instant opened, Instant now,
            Duration amount) {
        long c = stoppedMillis(client);
        long p = stoppedMillis(provider);
        String noun = Wording.noun(client.metric());
        if (c != NONE && p != NONE) {
            // Which sentence says it depends on the events that stopped the clock.
            ClockResult first = p < c ? provider : client;
            ClockResult second = first == provider ? client : provider;
            return stopWords(client, provider, first, second, noun, opened, amount);
        }
        boolean providerStopped = p != NONE;
        Instant at = Instant.ofEpochMilli(providerStopped ? p : c);
        Side stopper = providerStopped ? Side.PROVIDER : Side.CLIENT;
        Side other = providerStopped ? Side.CLIENT : Side.PROVIDER;
        ClockResult open = providerStopped ? client : provider;
        return "the " + noun + " the " + stopper.wireName() + " claims at " + wording.time(at, opened) + " never reached the "
                + other.wireName() + "'s record (" + wording.system(other, party) + " shows the " + client.clock()
                + " clock " + open.state().wireName() + ")";
    }

    private String counted(ClockResult result) {
        return Durations.words(result.elapsed()) + " (" + result.state().wireName()
                + result.target().map(t -> " against " + Durations.words(t)).orElse("") + ")";
    }

    private String stopWords(ClockResult client, ClockResult provider, ClockResult first, ClockResult second, String noun,
            Instant opened, Duration apart) {
        Optional<TicketEvent> firstStop = first.cause().event();
        Optional<TicketEvent> secondStop = second.cause().event();
        if (firstStop.isPresent() && secondStop.isPresent() && firstStop.get().type() != secondStop.get().type()
                && TicketHistory.stops(firstStop.get()) && !(firstStop.get() instanceof io.witness.core.event.Resolved)
                && !(firstStop.get() instanceof io.witness.core.event.Closed)) {
            return "the " + noun + " the " + first.side().wireName() + " claims at "
                    + wording.time(first.stoppedAt().get(), opened) + " never reached the " + second.side().wireName()
                    + "'s record, whose " + client.clock() + " clock ran until its " + Wording.what(secondStop.get()) + " at "
                    + wording.time(second.stoppedAt().get(), opened) + " — " + Wording.amount(apart) + " apart";
        }
        return "the provider's record stops the " + client.clock() + " clock at "
                + wording.time(provider.stoppedAt().get(), opened) + stopWhat(provider) + ", the client's at "
                + wording.time(client.stoppedAt().get(), opened) + stopWhat(client) + " — " + Wording.amount(apart) + " apart";
    }

    /** An absent instant, as {@link ClockResult#stoppedAtMillis()} tells one. */
    private static final long NONE = Long.MIN_VALUE;

    /** When a clock stopped, in epoch milliseconds; {@link #NONE} while open or when cancelled. */
    private static long stoppedMillis(ClockResult result) {
        return result.state() == ClockState.CANCELLED ? NONE : result.stoppedAtMillis();
    }

    private static String stopWhat(ClockResult result) {
        return result.cause().event().map(e -> " (" + Wording.what(e) + ")").orElse("");
    }

    private static Optional<TicketEvent> startEvent(ClockResult result) {
        List<Segment> segments = result.segments();
        return segments.isEmpty() ? Optional.empty() : segments.get(0).cause().event();
    }

    private static String pausedBy(ClockResult result) {
        for (Segment segment : result.segments()) {
            if (!segment.running() && segment.reason().startsWith("paused")) {
                int now = segment.reason().indexOf("now ");
                return now < 0 ? "" : " (" + segment.reason().substring(now + 4) + ")";
            }
        }
        return "";
    }
}

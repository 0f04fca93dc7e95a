package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code clock-disagreement} finding's words and evidence: one clock as the two records tell it, and the case's
 * differences whose sentences explain it, told when read. Immutable.
 */
final class DisagreementParts extends ClockFindingParts {

    private final ClockResult client;
    private final ClockResult provider;
    private final CaseDifferences differences;

    DisagreementParts(CaseEvidence evidence, ClockResult client, ClockResult provider, CaseDifferences differences) {
        super(evidence, client, provider);
        this.client = client;
        this.provider = provider;
        this.differences = differences;
    }

    @Override
    public String id() {
        return "clock-disagreement/" + c.id() + "/" + client.clock() + "/" + client.cycle();
    }

    /** When the disagreement happened: the client's stop, else the provider's, else the client's start, else the opening. */
    @Override
    public Instant at() {
        if (client.stoppedAtMillis() != Long.MIN_VALUE) {
            return Instant.ofEpochMilli(client.stoppedAtMillis());
        }
        if (provider.stoppedAtMillis() != Long.MIN_VALUE) {
            return Instant.ofEpochMilli(provider.stoppedAtMillis());
        }
        return client.startedAt().orElseGet(c::openedAt);
    }

    @Override
    public String title() {
        return c.id() + ": " + client.clock() + " clock — the client's record " + Durations.words(client.elapsed())
                + " (" + client.state().wireName() + "), the provider's " + Durations.words(provider.elapsed()) + " ("
                + provider.state().wireName() + ")" + (client.section().isEmpty() ? ""
                        : " (section " + client.section() + ")");
    }

    @Override
    public String explanation() {
        return CaseFindings.capitalise(String.join("; ", own(differences.get()).stream().map(Difference::sentence).toList()))
                + ".";
    }

    /** The differences of the clock's cycle and those of the whole case. */
    private List<Difference> own(List<Difference> all) {
        List<Difference> own = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Difference d = all.get(i);
            if (d.clock().isEmpty() || d.clock().equals(client.clock()) && d.cycle() == client.cycle()) {
                own.add(d);
            }
        }
        return own;
    }
}

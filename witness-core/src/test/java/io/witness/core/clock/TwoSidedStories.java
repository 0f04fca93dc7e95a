package io.witness.core.clock;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Assigned;
import io.witness.core.event.Author;
import io.witness.core.event.CaseId;
import io.witness.core.event.Closed;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.EventMeta;
import io.witness.core.event.PlanProvided;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.Side;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random cases told by one or both sides for the engine's properties: opened, then random steps a minute
 * to days apart (some at the same instant), each from either side, under the shared test contract and
 * one with every kind of condition.
 */
final class TwoSidedStories {

    static final CaseId CASE = new CaseId("S");
    /** The shared test contract, then one with every kind of condition. */
    static final List<Contract> CONTRACTS = List.of(contract("contract.yaml"), contract("contract-every-condition.yaml"));
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");

    private TwoSidedStories() {
    }

    /** Opened on one or both sides, then random steps a minute to days apart, each from either side. */
    static List<TicketEvent> story(Random random) {
        Instant at = FIRST.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
        List<TicketEvent> events = new ArrayList<>();
        boolean both = random.nextInt(3) > 0;
        Side first = random.nextBoolean() ? Side.CLIENT : Side.PROVIDER;
        events.add(new TicketOpened(meta(first, at), Optional.of(priority(random)), Optional.empty(), Optional.empty()));
        if (both) {
            at = at.plus(Duration.ofMinutes(random.nextInt(90)));
            Side second = first == Side.CLIENT ? Side.PROVIDER : Side.CLIENT;
            events.add(new TicketOpened(meta(second, at), Optional.of(priority(random)), Optional.empty(), Optional.empty()));
        }
        int length = random.nextInt(20);
        for (int i = 0; i < length; i++) {
            at = at.plus(Duration.ofMinutes(random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 180 : 3 * 24 * 60)));
            Side side = both && random.nextBoolean() ? Side.PROVIDER : both ? Side.CLIENT : first;
            EventMeta meta = meta(side, at);
            events.add(switch (random.nextInt(13)) {
                case 0 -> new StatusChanged(meta, "s", Optional.of(StatusClass.values()[random.nextInt(StatusClass.values().length)]));
                case 1 -> new PublicReply(meta);
                case 2 -> new CommentAdded(meta, Author.REQUESTER, true);
                case 3 -> new CommentAdded(meta, Author.AGENT, false);
                case 4 -> new PriorityChanged(meta, priority(random));
                case 5 -> new Resolved(meta);
                case 6 -> new Reopened(meta);
                case 7 -> new Closed(meta);
                case 8 -> new Assigned(meta, "desk", Optional.empty());
                case 9 -> new PlanProvided(meta);
                case 10 -> new StatusChanged(meta, side == Side.CLIENT ? "Awaiting Caller" : "Waiting Client Response",
                        Optional.empty());
                case 11 -> new StatusChanged(meta, "In Progress", Optional.empty());
                default -> new StatusChanged(meta, "Cancelled", Optional.of(StatusClass.CANCELLED));
            });
        }
        return events;
    }

    /** An instant up to five days after the story's last event, to compute it as of. */
    static Instant nowAfter(List<TicketEvent> events, Random random) {
        return events.get(events.size() - 1).at().plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)));
    }

    private static EventMeta meta(Side side, Instant at) {
        return new EventMeta(CASE, side, at, Optional.empty(), Optional.empty());
    }

    private static Priority priority(Random random) {
        return new Priority("P" + (1 + random.nextInt(4)));
    }

    private static Contract contract(String name) {
        try {
            return ContractYaml.parse(Files.readString(Path.of("src/test/resources/clock", name)), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.witness.core.register;

import io.witness.core.event.Assigned;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.SlaClaimed;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.core.reconcile.Case;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A case's events told as the register's lines: its timeline, its people and its communications. */
final class CaseStory {

    private final ZoneId zone;

    CaseStory(ZoneId zone) {
        this.zone = zone;
    }

    List<String> timeline(Case c) {
        List<String> lines = new ArrayList<>();
        for (TicketEvent event : c.events()) {
            lines.add(line(event));
        }
        return lines;
    }

    List<String> people(Case c) {
        Set<String> people = new LinkedHashSet<>();
        c.clientTicket().flatMap(t -> t.details().requester()).ifPresent(r -> people.add("requester " + r + " (client)"));
        c.providerTicket().flatMap(t -> t.details().requester()).ifPresent(r -> people.add("requester " + r + " (provider)"));
        for (TicketEvent event : c.events()) {
            if (event instanceof Assigned a) {
                people.add("group " + a.group() + a.tier().map(t -> " (tier " + t.level() + ")").orElse("") + ", "
                        + event.side().wireName() + "'s record");
            }
        }
        return List.copyOf(people);
    }

    List<String> communications(Case c) {
        List<String> lines = new ArrayList<>();
        for (TicketEvent event : c.events()) {
            switch (event.type()) {
                case REPLY, PLAN, COMMENT -> lines.add(line(event));
                default -> { }
            }
        }
        return lines;
    }

    String line(TicketEvent event) {
        StringBuilder text = when(new StringBuilder(64), event.at()).append(' ')
                .append(event.side().wireName()).append(' ').append(event.type().wireName());
        if (event instanceof TicketOpened o) {
            List<String> parts = new ArrayList<>();
            o.priority().ifPresent(p -> parts.add(p.code()));
            o.status().ifPresent(parts::add);
            if (!parts.isEmpty()) {
                text.append(" (").append(String.join(", ", parts)).append(')');
            }
        } else if (event instanceof StatusChanged s) {
            text.append(" '").append(s.status()).append('\'');
        } else if (event instanceof PriorityChanged p) {
            text.append(' ').append(p.priority().code());
        } else if (event instanceof Assigned a) {
            text.append(' ').append(a.group()).append(a.tier().map(t -> " (tier " + t.level() + ")").orElse(""));
        } else if (event instanceof CommentAdded m) {
            text.append(" by ").append(m.author().name().toLowerCase(Locale.ROOT)).append(m.isPublic() ? ", public" : ", private");
        } else if (event instanceof DetailsRecorded d) {
            d.details().title().ifPresent(t -> text.append(" '").append(t).append('\''));
        } else if (event instanceof SlaClaimed c) {
            text.append(' ').append(c.field()).append(" = ").append(c.value());
        }
        event.meta().seenAt().ifPresent(s -> when(text.append(" [seen "), s).append(']'));
        return text.toString();
    }

    /** {@code 2026-03-03 09:00} in the zone, written by hand: a register formats millions of them. */
    private StringBuilder when(StringBuilder text, java.time.Instant instant) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofInstant(instant, zone);
        text.append(t.getYear()).append('-');
        two(text, t.getMonthValue()).append('-');
        two(text, t.getDayOfMonth()).append(' ');
        two(text, t.getHour()).append(':');
        return two(text, t.getMinute());
    }

    private static StringBuilder two(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}

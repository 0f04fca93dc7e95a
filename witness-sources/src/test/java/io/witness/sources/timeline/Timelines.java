package io.witness.sources.timeline;

import io.witness.core.event.Assigned;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.SlaClaimed;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Events written one a line for exact comparison in tests: {@code <at> <type> <what>}, the instant in UTC.
 * {@code 2010-03-31T14:59:42Z opened P3 Accepted/In Progress (in_progress)}, {@code … assigned V5 3rd tier 3},
 * {@code … details ci=PROD582}, {@code … claim made_sla=true}; a status without a class shows {@code (?)}.
 */
public final class Timelines {

    private Timelines() {
    }

    public static List<String> describe(List<TicketEvent> events) {
        return events.stream().map(Timelines::describe).toList();
    }

    public static String describe(TicketEvent event) {
        String head = event.at() + " " + event.type().wireName();
        if (event instanceof TicketOpened opened) {
            List<String> parts = new ArrayList<>();
            opened.priority().ifPresent(p -> parts.add(p.code()));
            opened.status().ifPresent(s -> parts.add(s + " " + statusClass(opened.statusClass())));
            return parts.isEmpty() ? head : head + " " + String.join(" ", parts);
        }
        if (event instanceof StatusChanged changed) {
            return head + " " + changed.status() + " " + statusClass(changed.statusClass());
        }
        if (event instanceof PriorityChanged changed) {
            return head + " " + changed.priority().code();
        }
        if (event instanceof Assigned assigned) {
            return head + " " + assigned.group() + assigned.tier().map(t -> " tier " + t.level()).orElse("");
        }
        if (event instanceof DetailsRecorded recorded) {
            return head + details(recorded.details());
        }
        if (event instanceof SlaClaimed claim) {
            return head + " " + claim.field() + "=" + claim.value();
        }
        if (event instanceof CommentAdded comment) {
            return head + " " + comment.author().wireName() + (comment.isPublic() ? " public" : " private");
        }
        return head;
    }

    private static String statusClass(Optional<StatusClass> statusClass) {
        return "(" + statusClass.map(StatusClass::wireName).orElse("?") + ")";
    }

    private static String details(TicketDetails details) {
        StringBuilder out = new StringBuilder();
        details.title().ifPresent(v -> out.append(" title=").append(v));
        details.requester().ifPresent(v -> out.append(" requester=").append(v));
        details.category().ifPresent(v -> out.append(" category=").append(v));
        details.subcategory().ifPresent(v -> out.append(" subcategory=").append(v));
        details.configurationItem().ifPresent(v -> out.append(" ci=").append(v));
        details.channel().ifPresent(v -> out.append(" channel=").append(v));
        details.origin().ifPresent(v -> out.append(" origin=").append(v.wireName()));
        details.references().forEach(r -> out.append(" ref=").append(r.system()).append(':').append(r.id()));
        return out.toString();
    }
}

package io.witness.sources.jira;

import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Origin;
import io.witness.core.event.Side;
import io.witness.core.event.TicketDetails;
import io.witness.core.contract.Party;
import io.witness.core.contract.Source;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an issue is about, from the CSV export: title (Summary), requester (Reporter), category (the
 * request type, else the issue type), configuration item (affected services), channel, origin (monitoring
 * when the channel names monitoring or an alert, else the user) and the provider's ticket (a vendor or
 * external reference field). The first row gives the details at creation; a later row that changes some
 * gives those, at its Updated time.
 */
final class JiraDetails {

    private final JiraTimeline timeline;
    private final JiraRecords records;

    JiraDetails(JiraTimeline timeline, JiraRecords records) {
        this.timeline = timeline;
        this.records = records;
    }

    void add(Instant created, JiraRecords.Told openedBy) {
        Optional<TicketDetails> before = Optional.empty();
        for (JiraRecords.Row row : records.rows()) {
            TicketDetails now = details(row);
            Optional<Instant> at = before.isEmpty() ? Optional.of(created) : row.time("updated");
            TicketDetails changed = before.map(b -> changes(b, now)).orElse(now);
            if (at.isPresent() && !changed.equals(TicketDetails.none())) {
                timeline.add(new DetailsRecorded(timeline.meta(at.get(), before.isEmpty() ? openedBy : row.told()), changed));
            }
            before = Optional.of(now);
        }
    }

    private TicketDetails details(JiraRecords.Row row) {
        Optional<String> channel = row.get("channel");
        Optional<Origin> origin = channel.map(c -> c.toLowerCase(Locale.ROOT).matches(".*(monitor|alert).*")
                ? Origin.MONITORING : Origin.USER);
        List<ExternalReference> references = row.get("reference").map(id -> List.of(new ExternalReference(otherSystem(), id)))
                .orElse(List.of());
        return new TicketDetails(row.get("summary"), row.get("reporter"), row.get("requestType").or(() -> row.get("issueType")),
                Optional.empty(), row.get("ci"), channel, origin, references);
    }

    private String otherSystem() {
        var context = timeline.context();
        boolean client = context.side() == Side.CLIENT;
        if (context.contract().isPresent()) {
            var parties = client ? context.contract().get().parties().providers()
                    : List.of(context.contract().get().parties().client());
            for (Party party : parties) {
                for (Source source : party.sources()) {
                    if (source.kind().holdsTickets()) {
                        return source.id().value();
                    }
                }
            }
        }
        return client ? "provider" : "client";
    }

    private static TicketDetails changes(TicketDetails before, TicketDetails now) {
        return new TicketDetails(changed(before.title(), now.title()), changed(before.requester(), now.requester()),
                changed(before.category(), now.category()), changed(before.subcategory(), now.subcategory()),
                changed(before.configurationItem(), now.configurationItem()), changed(before.channel(), now.channel()),
                changed(before.origin(), now.origin()),
                before.references().equals(now.references()) ? List.of() : now.references());
    }

    private static <T> Optional<T> changed(Optional<T> before, Optional<T> now) {
        return now.equals(before) ? Optional.empty() : now;
    }
}

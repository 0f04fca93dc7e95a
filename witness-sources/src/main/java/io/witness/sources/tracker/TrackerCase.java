package io.witness.sources.tracker;

import io.witness.core.contract.SourceKind;
import io.witness.core.event.CaseId;
import io.witness.core.event.EventMeta;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.TicketDetails;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceMaps;
import io.witness.sources.time.TimeReader;
import io.witness.sources.time.TimeValue;
import io.witness.sources.timeline.CaseTimeline;
import io.witness.sources.timeline.FromStatus;
import io.witness.sources.timeline.PriorityValue;
import io.witness.sources.timeline.TicketState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A tracker row's events (docs/importers/tracker.md): opened when reported, with its priority (or its
 * impact) and details; a reply when it was answered; resolved and closed when it was; the SLA target and
 * met/missed columns as the client's own claims. The last version of the row stands: an edited row is
 * the client's corrected record, and the import reports what the edit changed. Stateless.
 */
final class TrackerCase {

    private static final TimeReader TIMES = TimeReader.iso();

    private TrackerCase() {
    }

    /**
     * @throws IllegalArgumentException if a time has no offset and the context no zone
     */
    static CaseEvents events(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        Optional<ObservationDraft> last = observations.stream().filter(o -> o.kind().equals(TrackerFormat.KIND))
                .reduce((first, second) -> second);
        if (last.isEmpty()) {
            return new CaseEvents(List.of(), List.of());
        }
        JsonNode parsed = CanonicalJson.parse(last.get().parsedJson());
        JsonNode tracker = parsed.path("tracker");
        JsonNode headers = parsed.path("headers");
        Optional<Instant> reported = time(tracker, TrackerColumn.REPORTED, context);
        if (reported.isEmpty()) {
            return new CaseEvents(List.of(), List.of());
        }
        SourceMaps maps = SourceMaps.of(context, CaseTimeline.contractDate(context, reported.get()), SourceKind.SPREADSHEET);
        CaseTimeline timeline = new CaseTimeline(maps, new FromStatus(false, false, false));
        Optional<String> priority = text(tracker, TrackerColumn.PRIORITY).or(() -> text(tracker, TrackerColumn.IMPACT));
        List<ExternalReference> references = text(tracker, TrackerColumn.PROVIDER_REF)
                .map(id -> List.of(new ExternalReference("provider", id))).orElse(List.of());
        TicketDetails details = new TicketDetails(text(tracker, TrackerColumn.ISSUE), text(tracker, TrackerColumn.REQUESTER),
                text(tracker, TrackerColumn.CATEGORY), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                references);
        timeline.open(meta(caseId, reported.get(), last.get()), new TicketState(Optional.empty(),
                priority.map(PriorityValue::of).orElse(PriorityValue.none()), Optional.empty(), Optional.empty(), details));
        Optional<Instant> response = time(tracker, TrackerColumn.RESPONSE, context);
        Optional<Instant> resolved = time(tracker, TrackerColumn.RESOLVED, context);
        Optional<Instant> closed = time(tracker, TrackerColumn.CLOSED, context);
        response.ifPresent(at -> timeline.reply(meta(caseId, at, last.get())));
        resolved.ifPresent(at -> timeline.resolved(meta(caseId, at, last.get())));
        closed.ifPresent(at -> timeline.closed(meta(caseId, at, last.get())));
        text(tracker, TrackerColumn.SLA_TARGET).ifPresent(target -> timeline.claim(meta(caseId, reported.get(), last.get()),
                headers.path(TrackerColumn.SLA_TARGET.key()).asString(TrackerColumn.SLA_TARGET.key()), target));
        Instant verdictAt = resolved.or(() -> closed).or(() -> response).orElse(reported.get());
        text(tracker, TrackerColumn.MET_MISSED).ifPresent(verdict -> timeline.claim(meta(caseId, verdictAt, last.get()),
                headers.path(TrackerColumn.MET_MISSED.key()).asString(TrackerColumn.MET_MISSED.key()), verdict));
        return timeline.result();
    }

    private static EventMeta meta(CaseId caseId, Instant at, ObservationDraft observation) {
        return CaseTimeline.meta(caseId, at, observation);
    }

    private static Optional<String> text(JsonNode tracker, TrackerColumn column) {
        JsonNode value = tracker.path(column.key());
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asString()).filter(t -> !t.isBlank());
    }

    private static Optional<Instant> time(JsonNode tracker, TrackerColumn column, ImportContext context) {
        Optional<TimeValue> value = text(tracker, column).flatMap(TIMES::read);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().needsZone() && context.zone().isEmpty()) {
            throw new IllegalArgumentException("the tracker's times have no offset; give --zone to read them");
        }
        return Optional.of(value.get().instant(context.zone().orElse(java.time.ZoneOffset.UTC)));
    }
}

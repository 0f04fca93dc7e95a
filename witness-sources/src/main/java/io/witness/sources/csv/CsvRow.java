package io.witness.sources.csv;

import io.witness.core.event.ExternalReference;
import io.witness.core.event.SupportTier;
import io.witness.core.event.TicketDetails;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.time.TimeValue;
import io.witness.sources.timeline.PriorityValue;
import io.witness.sources.timeline.TicketState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One stored row read back through its mapping: its cells by header (ignoring case), its time, and the
 * ticket state and details its columns show. Immutable once built.
 */
final class CsvRow {

    private final ObservationDraft observation;
    private final Map<String, String> cells = new HashMap<>();
    private final CsvMapping mapping;
    private final ZoneId zone;
    private final long ordinal;

    CsvRow(ObservationDraft observation, CsvMapping mapping, Optional<ZoneId> contextZone, long ordinal) {
        this.observation = observation;
        this.mapping = mapping;
        this.zone = mapping.zone().or(() -> contextZone).orElse(ZoneOffset.UTC);
        this.ordinal = ordinal;
        JsonNode parsed = CanonicalJson.parse(observation.parsedJson());
        for (Map.Entry<String, JsonNode> cell : parsed.properties()) {
            JsonNode value = cell.getValue();
            if (!value.isNull() && !value.isContainer()) {
                cells.putIfAbsent(ColumnRef.fold(cell.getKey()), value.asString().strip());
            }
        }
    }

    ObservationDraft observation() {
        return observation;
    }

    long ordinal() {
        return ordinal;
    }

    Instant at() {
        return observation.claimedAt().orElseThrow();
    }

    Optional<String> text(ColumnRef column) {
        return Optional.ofNullable(cells.get(column.key())).filter(t -> !t.isEmpty() && !mapping.empty().contains(t));
    }

    Optional<String> text(Field field) {
        return mapping.column(field).flatMap(this::text);
    }

    /** The instant in a time column, if it holds one the mapping reads. */
    Optional<Instant> time(Field field) {
        return text(field).flatMap(t -> mapping.times().read(t)).filter(v -> !(v instanceof TimeValue.TimeOfDay))
                .map(v -> v.instant(zone));
    }

    PriorityValue priority() {
        return new PriorityValue(text(Field.PRIORITY), text(Field.IMPACT), text(Field.URGENCY));
    }

    Optional<SupportTier> tier() {
        return text(Field.TIER).filter(t -> t.matches("[1-9]")).map(t -> new SupportTier(Integer.parseInt(t)));
    }

    TicketDetails details() {
        List<ExternalReference> references = new ArrayList<>();
        mapping.references().forEach((system, column) -> text(column).ifPresent(id -> references.add(new ExternalReference(system, id))));
        return new TicketDetails(text(Field.TITLE), text(Field.REQUESTER), text(Field.CATEGORY), text(Field.SUBCATEGORY),
                text(Field.CI), text(Field.CHANNEL), Optional.empty(), references);
    }

    /** The state the row shows: status, priority, group and tier, details. */
    TicketState state() {
        return new TicketState(text(Field.STATUS), priority(), text(Field.GROUP), tier(), details());
    }
}

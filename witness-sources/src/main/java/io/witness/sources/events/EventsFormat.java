package io.witness.sources.events;

import io.witness.core.event.CaseId;
import io.witness.core.event.EventLines;
import io.witness.core.event.EventsRead;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.LedgerTime;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.hash.Sha256;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import io.witness.sources.format.SourceMaps;
import io.witness.sources.text.Utf8Text;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code events}: Witness's own JSON-lines ticket events (docs/events.md). Each event line is one
 * observation of kind {@code event}: its raw bytes are the line's text (without its end, and without a
 * byte order mark), its parsed form the line's JSON. The source id is the line's {@code sourceId}, else
 * {@code case/type/at}; the version is the line's SHA-256 (16 hex digits), so a line changed in any way
 * is a new version. Every line's {@code side} must be the import's side.
 *
 * <p>Normalising gives each line's event, in time order. A status without a {@code statusClass} gets
 * the contract's class (or is counted as unmapped). Lines with the same {@code sourceId} and type are
 * tellings of one record: the last one logged stands, so an edited time replaces the earlier and the
 * import reports the change. Stateless and thread-safe.
 */
public final class EventsFormat implements SourceFormat {

    /** The kind of every observation of this format. */
    public static final String KIND = "event";

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String description() {
        return "Witness's canonical ticket events, one JSON object a line (docs/events.md)";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<String> text = Utf8Text.decode(file.bytes(), file.name(), problems);
        if (text.isEmpty()) {
            return new ParsedFile(List.of(), problems, 0);
        }
        List<String> lines = TextLines.split(text.get());
        EventsRead read = EventLines.read(text.get(), file.name());
        problems.addAll(read.problems());
        List<ObservationDraft> observations = new ArrayList<>();
        for (int i = 0; i < read.events().size(); i++) {
            TicketEvent event = read.events().get(i);
            int line = read.lineNumbers().get(i);
            if (event.side() != context.side()) {
                problems.add(new InputProblem(file.name(), line, 0, "/side", "expected '" + context.side().wireName()
                        + "', the side this import is for, found '" + event.side().wireName() + "'"));
                continue;
            }
            // The events format reads any ISO-8601 year (-2026 included); the ledger keeps years 1 to 9999 only.
            if (!LedgerTime.holds(event.at())) {
                problems.add(new InputProblem(file.name(), line, 0, "/at", "expected a time within the years 1 to 9999, found "
                        + event.at()));
                continue;
            }
            observations.add(draft(lines.get(line - 1), event, context));
        }
        long rows = lines.stream().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).count();
        problems.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
        return new ParsedFile(observations, problems, rows);
    }

    private static ObservationDraft draft(String line, TicketEvent event, ImportContext context) {
        byte[] raw = line.getBytes(StandardCharsets.UTF_8);
        String sourceId = event.meta().sourceId()
                .orElseGet(() -> event.caseId().value() + "/" + event.type().wireName() + "/" + event.at());
        String version = Sha256.of(raw).toHex().substring(0, 16);
        return ObservationDraft.of(context.source(), context.side(), KIND, sourceId, version, context.receivedAt(), raw,
                        CanonicalJson.parse(line))
                .withClaimedAt(event.at())
                .withCaseRef(event.caseId());
    }

    @Override
    public CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        List<TicketEvent> events = new ArrayList<>();
        Map<String, Integer> placeOfRecord = new HashMap<>();
        for (ObservationDraft observation : observations) {
            TicketEvent event = event(observation);
            if (event.meta().sourceId().isPresent()) {
                String record = event.type().wireName() + "\t" + event.meta().sourceId().get();
                Integer place = placeOfRecord.putIfAbsent(record, events.size());
                if (place != null) {
                    events.set(place, event);
                    continue;
                }
            }
            events.add(event);
        }
        if (events.isEmpty()) {
            return new CaseEvents(List.of(), List.of());
        }
        LocalDate date = LocalDate.ofInstant(events.get(0).at(),
                context.contract().map(c -> c.header().zone()).orElse(ZoneOffset.UTC));
        SourceMaps maps = SourceMaps.of(context, date);
        List<TicketEvent> classified = new ArrayList<>(events.size());
        for (TicketEvent event : events) {
            classified.add(classified(event, maps));
        }
        classified.sort(Comparator.comparing(TicketEvent::at));
        return new CaseEvents(classified, maps.unmapped());
    }

    private static TicketEvent event(ObservationDraft observation) {
        EventsRead read = EventLines.read(observation.parsedJson(), observation.sourceId());
        if (!read.isClean() || read.events().size() != 1) {
            throw new IllegalArgumentException("observation " + observation.sourceId() + " is not one event line: " + read.problems());
        }
        TicketEvent event = read.events().get(0);
        return event.meta().seenAt().isPresent() ? event : event.withMeta(event.meta().withSeenAt(observation.receivedAt()));
    }

    private static TicketEvent classified(TicketEvent event, SourceMaps maps) {
        if (event instanceof StatusChanged changed && changed.statusClass().isEmpty()) {
            return new StatusChanged(changed.meta(), changed.status(), maps.statusClass(changed.status()));
        }
        if (event instanceof TicketOpened opened && opened.status().isPresent() && opened.statusClass().isEmpty()) {
            return new TicketOpened(opened.meta(), opened.priority(), opened.status(), maps.statusClass(opened.status().get()));
        }
        return event;
    }
}

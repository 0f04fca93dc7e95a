package io.witness.sources.xes;

import io.witness.core.contract.SourceKind;
import io.witness.core.event.CaseId;
import io.witness.core.event.SupportTier;
import io.witness.core.event.TicketDetails;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import io.witness.sources.format.SourceMaps;
import io.witness.sources.timeline.CaseTimeline;
import io.witness.sources.timeline.FromStatus;
import io.witness.sources.timeline.PriorityValue;
import io.witness.sources.timeline.TicketState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The {@code xes} format: an IEEE 1849 XES event log, plain or gzip-compressed, such as the BPI Challenge
 * 2013 incident log of Volvo IT. Each trace is a case (its {@code concept:name} the case id) and each
 * event one observation ({@link XesEvents}). Normalising reads each event as the ticket's state at that
 * time ({@link #state}) and gives the events of what changed ({@link CaseTimeline}). docs/importers/xes.md
 * says it all with an example contract. Stateless and thread-safe.
 */
public final class XesFormat implements SourceFormat {

    /** The observation kind: one XES event. */
    public static final String KIND = "xes-event";

    private static final Pattern TIER = Pattern.compile("\\s([1-9])(st|nd|rd|th)$", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "xes";
    }

    @Override
    public String description() {
        return "IEEE 1849 XES event log (.xes or .xes.gz): status from concept:name and lifecycle:transition, "
                + "group, resource, impact";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        List<InputProblem> problems = new ArrayList<>();
        List<ObservationDraft> drafts = new ArrayList<>();
        XesEvents events = new XesEvents(file.name(), context, problems);
        long read = XesInput.open(file, problems)
                .map(in -> new XesLogReader(file.name(), problems).read(in, (trace, index, event) ->
                        events.draft(trace, index, event).ifPresent(drafts::add)))
                .orElse(0L);
        return new ParsedFile(drafts, problems, read);
    }

    @Override
    public CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        // A later observation of the same event (a history rewrite) stands in for the earlier one.
        Map<String, Read> latest = new LinkedHashMap<>();
        for (ObservationDraft observation : observations) {
            if (observation.kind().equals(KIND) && observation.claimedAt().isPresent()) {
                latest.put(observation.sourceId(), new Read(observation, CanonicalJson.parse(observation.parsedJson())));
            }
        }
        List<Read> ordered = new ArrayList<>(latest.values());
        ordered.sort(Comparator.comparing(Read::at).thenComparingLong(Read::index));
        Instant first = ordered.isEmpty() ? Instant.EPOCH : ordered.get(0).at();
        CaseTimeline timeline = new CaseTimeline(SourceMaps.of(context, CaseTimeline.contractDate(context, first),
                SourceKind.OTHER_TICKETS), FromStatus.ALL);
        for (Read event : ordered) {
            timeline.observe(CaseTimeline.meta(caseId, event.at(), event.observation()), state(event.json().path("attributes")));
        }
        return timeline.result();
    }

    /**
     * What one event shows of the ticket: the status {@code concept:name/lifecycle:transition} (the name
     * alone without a transition), the {@code impact} as its priority, {@code org:group} with its tier (the
     * group's suffix {@code 2nd} or {@code 3rd}; none is the first line), and {@code product} as the
     * configuration item. {@code org:resource} and the other attributes stay in the observation.
     */
    static TicketState state(JsonNode attributes) {
        Optional<String> name = text(attributes, "concept:name");
        Optional<String> transition = text(attributes, "lifecycle:transition");
        Optional<String> status = name.map(n -> transition.map(t -> n + "/" + t).orElse(n));
        Optional<String> group = text(attributes, "org:group");
        TicketDetails details = new TicketDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                text(attributes, "product"), Optional.empty(), Optional.empty(), List.of());
        return new TicketState(status, text(attributes, "impact").map(PriorityValue::of).orElse(PriorityValue.none()),
                group, group.map(XesFormat::tier), details);
    }

    /** The support line of a group: the digit of a {@code 2nd}, {@code 3rd}… suffix; 1 without one. */
    static SupportTier tier(String group) {
        Matcher suffix = TIER.matcher(group.strip());
        return new SupportTier(suffix.find() ? Integer.parseInt(suffix.group(1)) : 1);
    }

    private static Optional<String> text(JsonNode attributes, String key) {
        JsonNode value = attributes.path(key);
        if (value.isMissingNode() || value.isNull() || value.isContainer()) {
            return Optional.empty();
        }
        String text = value.asString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private record Read(ObservationDraft observation, JsonNode json) {
        Instant at() {
            return observation.claimedAt().orElseThrow();
        }

        long index() {
            return json.path("index").asLong();
        }
    }
}

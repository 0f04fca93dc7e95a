package io.witness.sources.xes;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.time.TimeReader;
import io.witness.sources.time.TimeValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One observation per XES event:
 * <ul>
 *   <li>kind {@code xes-event}; case = the trace's {@code concept:name};</li>
 *   <li>source id = the event's {@code identity:id} when it has one, else {@code <trace>#<n>}, n its 1-based
 *       place in the trace;</li>
 *   <li>source version {@code 1}: an event in a log has no versions, so the same event with other content
 *       in a later file is a history rewrite;</li>
 *   <li>claimed at = its {@code time:timestamp};</li>
 *   <li>raw = {@code <trace>}, the trace's attributes and the event, in canonical text
 *       ({@link XmlElement#writeCanonical}), UTF-8;</li>
 *   <li>parsed = {@code {"trace", "index", "traceAttributes", "attributes", "nested"}} ({@link XesAttributes}).</li>
 * </ul>
 * Not thread-safe: one file at a time.
 */
final class XesEvents {

    private static final String VERSION = "1";
    private static final TimeReader TIMES = TimeReader.iso();

    private final String file;
    private final ImportContext context;
    private final List<InputProblem> problems;
    private XesLogReader.Trace trace;
    private String traceText = "";
    private ObjectNode traceJson = JsonNodeFactory.instance.objectNode();

    XesEvents(String file, ImportContext context, List<InputProblem> problems) {
        this.file = file;
        this.context = context;
        this.problems = problems;
    }

    /** The observation of one event, or empty with the problems reported. */
    Optional<ObservationDraft> draft(XesLogReader.Trace of, int index, XmlElement event) {
        Optional<String> name = of.name();
        if (of != trace) {
            trace = of;
            StringBuilder text = new StringBuilder("<trace>");
            of.attributes().forEach(a -> a.writeCanonical(text));
            traceText = text.toString();
            traceJson = XesAttributes.toJson(of.attributes(), JsonNodeFactory.instance.objectNode());
            if (name.isEmpty()) {
                problems.add(new InputProblem(file, of.line(), of.column(), "/trace",
                        "expected the trace's concept:name (the case id), found none"));
            }
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String path = "/trace/" + name.get() + "/event/" + index;
        Optional<Instant> at = timestamp(event, path);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder raw = new StringBuilder(traceText.length() + 1024).append(traceText);
        event.writeCanonical(raw);
        raw.append("</trace>");
        ObjectNode nested = JsonNodeFactory.instance.objectNode();
        ObjectNode parsed = JsonNodeFactory.instance.objectNode();
        parsed.put("trace", name.get());
        parsed.put("index", index);
        parsed.set("traceAttributes", traceJson);
        parsed.set("attributes", XesAttributes.toJson(event.children(), nested));
        if (!nested.isEmpty()) {
            parsed.set("nested", nested);
        }
        String sourceId = attribute(event, "identity:id").flatMap(e -> e.attribute("value")).filter(v -> !v.isBlank())
                .orElse(name.get() + "#" + index);
        return Optional.of(ObservationDraft.of(context.source(), context.side(), XesFormat.KIND, sourceId, VERSION,
                        context.receivedAt(), raw.toString().getBytes(StandardCharsets.UTF_8), parsed)
                .withClaimedAt(at.get())
                .withCaseRef(new CaseId(name.get())));
    }

    private Optional<Instant> timestamp(XmlElement event, String path) {
        Set<String> keys = new HashSet<>();
        for (XmlElement child : event.children()) {
            Optional<String> key = child.attribute("key");
            if (XesAttributes.TYPES.contains(child.name()) && key.isPresent() && !keys.add(key.get())) {
                problems.add(new InputProblem(file, child.line(), child.column(), path + "/" + key.get(),
                        "expected each key once in an event, found '" + key.get() + "' again"));
                return Optional.empty();
            }
        }
        Optional<XmlElement> stamp = attribute(event, "time:timestamp");
        if (stamp.isEmpty()) {
            problems.add(new InputProblem(file, event.line(), event.column(), path,
                    "expected a time:timestamp attribute (the event's time), found none"));
            return Optional.empty();
        }
        XmlElement element = stamp.get();
        String text = element.attribute("value").orElse("");
        Optional<TimeValue> value = TIMES.read(text);
        String where = path + "/time:timestamp";
        if (value.isEmpty() || value.get() instanceof TimeValue.TimeOfDay) {
            problems.add(new InputProblem(file, element.line(), element.column(), where,
                    "expected an xs:dateTime such as 2010-03-31T16:59:42+02:00, found '" + text + "'"));
            return Optional.empty();
        }
        if (value.get().needsZone() && context.zone().isEmpty()) {
            problems.add(new InputProblem(file, element.line(), element.column(), where,
                    "expected a time with an offset such as 2010-03-31T16:59:42+02:00, found '" + text
                            + "' (give --zone for the times " + file + " writes without one)"));
            return Optional.empty();
        }
        return Optional.of(value.get().instant(context.zone().orElse(java.time.ZoneOffset.UTC)));
    }

    private static Optional<XmlElement> attribute(XmlElement event, String key) {
        for (XmlElement child : event.children()) {
            if (XesAttributes.TYPES.contains(child.name()) && child.attribute("key").filter(key::equals).isPresent()) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }
}

package io.witness.sources.jira;

import io.witness.core.event.SlaClaimed;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Jira's own SLA figures, kept as its claims and never used as truth: the CSV's SLA fields ("Time to
 * resolution", "Time to first response"…, as exported: each time a row changes one, at its Updated time),
 * and the SLA API's cycles: for each completed cycle, at its stop time, {@code <name>[<n>].breached},
 * {@code .breachTime}, {@code .goal} and {@code .elapsed} (milliseconds); for the ongoing cycle, at the
 * time Witness received it, {@code <name>[ongoing].breached}, {@code .breachTime}, {@code .paused} and
 * {@code .elapsed}. A claim told again the same way by a later fetch is not repeated.
 */
final class JiraClaims {

    private final JiraTimeline timeline;
    private final JiraRecords records;
    private final Set<String> told = new HashSet<>();

    JiraClaims(JiraTimeline timeline, JiraRecords records) {
        this.timeline = timeline;
        this.records = records;
    }

    void add() {
        Map<String, String> last = new LinkedHashMap<>();
        for (JiraRecords.Row row : records.rows()) {
            Optional<Instant> at = row.time("updated").or(() -> row.time("created"));
            row.fields().path("sla").properties().forEach(entry -> {
                String value = entry.getValue().asString();
                if (at.isPresent() && !value.equals(last.get(entry.getKey()))) {
                    timeline.add(new SlaClaimed(timeline.meta(at.get(), row.told()), entry.getKey(), value));
                }
                last.put(entry.getKey(), value);
            });
        }
        for (JiraRecords.Sla sla : records.slas()) {
            String name = sla.sla().path("name").asString();
            JsonNode completed = sla.sla().path("completedCycles");
            for (int i = 0; i < completed.size(); i++) {
                JsonNode cycle = completed.get(i);
                Optional<Instant> stop = JiraJson.time(cycle.get("stopTime"));
                if (stop.isPresent()) {
                    String field = name + "[" + (i + 1) + "]";
                    claim(stop.get(), sla, field + ".breached", cycle.get("breached"));
                    claim(stop.get(), sla, field + ".breachTime", time(cycle.get("breachTime")));
                    claim(stop.get(), sla, field + ".goal", cycle.path("goalDuration").get("millis"));
                    claim(stop.get(), sla, field + ".elapsed", cycle.path("elapsedTime").get("millis"));
                }
            }
            JsonNode ongoing = sla.sla().get("ongoingCycle");
            if (ongoing != null && ongoing.isObject()) {
                Instant at = sla.told().receivedAt();
                String field = name + "[ongoing]";
                claim(at, sla, field + ".breached", ongoing.get("breached"));
                claim(at, sla, field + ".breachTime", time(ongoing.get("breachTime")));
                claim(at, sla, field + ".paused", ongoing.get("paused"));
                claim(at, sla, field + ".elapsed", ongoing.path("elapsedTime").get("millis"));
            }
        }
    }

    private static JsonNode time(JsonNode node) {
        return JiraJson.time(node).<JsonNode>map(t -> tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(t.toString()))
                .orElse(null);
    }

    private void claim(Instant at, JiraRecords.Sla sla, String field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
            return;
        }
        if (told.add(at + "\n" + field + "\n" + value.asString())) {
            timeline.add(new SlaClaimed(timeline.meta(at, sla.told()), field, value.asString()));
        }
    }
}

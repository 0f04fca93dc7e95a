package io.witness.core.kpi;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a KPI cell as one JSON object, with exact figures: durations in milliseconds, rates as numerator
 * and denominator (docs/kpis.md, "kpis.json"). Thread-safe.
 */
public final class KpiJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private KpiJson() {
    }

    /** The cell as one line of JSON, without the line break. */
    public static String write(KpiRow row) {
        return MAPPER.writeValueAsString(toJson(row));
    }

    /** Every cell, one JSON line each, each ending with a line break. */
    public static String writeLines(KpiTable table) {
        StringBuilder lines = new StringBuilder();
        for (KpiRow row : table.rows()) {
            lines.append(write(row)).append('\n');
        }
        return lines.toString();
    }

    /** The cell as a JSON tree. */
    public static ObjectNode toJson(KpiRow row) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("provider", row.provider().value());
        json.put("timeline", row.timeline().wireName());
        json.put("period", row.period().toString());
        json.put("kpi", row.kpi().wireName());
        json.put("priority", row.priorityLabel());
        if (!row.dimension().isEmpty()) {
            json.put("dimension", row.dimension());
        }
        ObjectNode value = json.putObject("value");
        if (row.value() instanceof KpiValue.Rate rate) {
            value.put("kind", "rate");
            value.put("numerator", rate.numerator());
            value.put("denominator", rate.denominator());
        } else if (row.value() instanceof KpiValue.Times times) {
            value.put("kind", "durations");
            value.put("count", times.count());
            if (!times.isEmpty()) {
                value.put("meanMillis", times.meanMillis());
                value.put("medianMillis", times.medianMillis());
                value.put("p90Millis", times.p90Millis());
            }
        } else {
            value.put("kind", "count");
            value.put("count", ((KpiValue.Count) row.value()).count());
        }
        value.put("text", row.value().headline());
        row.change().ifPresent(change -> {
            ObjectNode c = json.putObject("change");
            c.put("amount", change.amount());
            c.put("unit", change.unit() == KpiChange.Unit.COUNT ? "cases" : change.unit().symbol());
            c.put("direction", change.direction().wireName());
        });
        return json;
    }
}

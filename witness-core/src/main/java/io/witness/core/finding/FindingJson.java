package io.witness.core.finding;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes findings as JSON lines, one finding an object: {@code id}, {@code kind}, {@code severity},
 * {@code title}, {@code explanation}, {@code clause}, {@code provider}, {@code at} (UTC), {@code evidence}
 * (a list of {@code {kind, id}}) and {@code cost} ({@code {amount, currency}}, the amount as a decimal
 * string); {@code clause}, {@code provider} and {@code cost} are left out when empty. Stateless and
 * thread-safe.
 */
public final class FindingJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private FindingJson() {
    }

    /** One finding as one line of JSON, without the line break. */
    public static String write(Finding finding) {
        return MAPPER.writeValueAsString(toJson(finding));
    }

    /** Findings as JSON lines, each ending with a line break. */
    public static String writeLines(List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        StringBuilder lines = new StringBuilder();
        for (Finding finding : findings) {
            lines.append(write(finding)).append('\n');
        }
        return lines.toString();
    }

    private static ObjectNode toJson(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", finding.id());
        json.put("kind", finding.kind().code());
        json.put("severity", finding.severity().wireName());
        json.put("title", finding.title());
        json.put("explanation", finding.explanation());
        finding.clause().ifPresent(clause -> json.put("clause", clause.text()));
        finding.provider().ifPresent(provider -> json.put("provider", provider.value()));
        json.put("at", finding.at().toString());
        ArrayNode evidence = json.putArray("evidence");
        for (EvidenceRef ref : finding.evidence()) {
            evidence.addObject().put("kind", ref.kind()).put("id", ref.id());
        }
        finding.cost().ifPresent(cost -> json.putObject("cost").put("amount", cost.amount().toPlainString())
                .put("currency", cost.currency().getCurrencyCode()));
        return json;
    }
}

package io.witness.core.register;

import io.witness.core.contract.Money;
import io.witness.core.event.Side;
import io.witness.core.input.InputProblem;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads annotations as JSON lines (docs/reconcile.md, "Annotations"), one object a line, blank lines and
 * {@code #} comments skipped; every bad line is reported with its line and field:
 * <pre>
 * {"type":"annotation","finding":"sla-breach/INC0010001/response/witness/1","status":"disputed","by":"provider","at":"2026-04-02T10:00:00Z","note":"Phone call at 22:20"}
 * {"type":"impact","case":"INC0010001","by":"client","at":"2026-04-02T11:00:00Z","peopleAffected":40,"recoveryCost":"1200.00"}
 * </pre>
 */
public final class AnnotationLines {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * The annotations of the good lines and the problems of the bad ones.
     *
     * @param annotations in the order read
     * @param problems every problem
     */
    public record Read(List<Annotation> annotations, List<InputProblem> problems) {

        public Read {
            annotations = List.copyOf(annotations);
            problems = List.copyOf(problems);
        }
    }

    private AnnotationLines() {
    }

    /**
     * @param text the lines
     * @param source the document's name, for problems
     * @param currency the currency of recovery costs (the contract's)
     */
    public static Read read(String text, String source, Currency currency) {
        List<Annotation> annotations = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            parse(line, source, i + 1, currency, problems).ifPresent(annotations::add);
        }
        return new Read(annotations, problems);
    }

    /** One line, for a caller that reads its lines itself (annotation observations of the ledger). */
    public static Optional<Annotation> parse(String line, String source, int number, Currency currency,
            List<InputProblem> problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JacksonException e) {
            problems.add(new InputProblem(source, number, 0, "", "not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
        if (!root.isObject()) {
            problems.add(new InputProblem(source, number, 0, "", "expected a JSON object"));
            return Optional.empty();
        }
        int before = problems.size();
        String type = text(root, "type", source, number, problems).orElse("");
        boolean impact = type.equals("impact");
        if (!type.isEmpty() && !impact && !type.equals("annotation")) {
            problems.add(new InputProblem(source, number, 0, "/type", "expected annotation or impact, found '" + type + "'"));
        }
        Optional<String> target = text(root, impact ? "case" : "finding", source, number, problems);
        Optional<AnnotationStatus> status = Optional.empty();
        if (!impact) {
            Optional<String> word = text(root, "status", source, number, problems);
            status = word.flatMap(AnnotationStatus::fromWire).filter(s -> s != AnnotationStatus.OPEN);
            if (word.isPresent() && status.isEmpty()) {
                problems.add(new InputProblem(source, number, 0, "/status", "expected disputed, accepted or credited, found '"
                        + word.get() + "'"));
            }
        }
        Optional<Side> by = text(root, "by", source, number, problems).flatMap(b -> {
            if (b.equals("client") || b.equals("provider")) {
                return Optional.of(Side.fromWire(b));
            }
            problems.add(new InputProblem(source, number, 0, "/by", "expected client or provider, found '" + b + "'"));
            return Optional.empty();
        });
        Optional<Instant> at = text(root, "at", source, number, problems).flatMap(a -> {
            try {
                return Optional.of(OffsetDateTime.parse(a).toInstant());
            } catch (DateTimeException e) {
                problems.add(new InputProblem(source, number, 0, "/at", "expected an instant with offset such as"
                        + " 2026-04-02T10:00:00Z, found '" + a + "'"));
                return Optional.empty();
            }
        });
        Optional<Integer> people = Optional.empty();
        Optional<Money> recovery = Optional.empty();
        if (impact) {
            JsonNode n = root.get("peopleAffected");
            if (n != null && !n.isNull()) {
                if (n.isIntegralNumber() && n.asInt() >= 1) {
                    people = Optional.of(n.asInt());
                } else {
                    problems.add(new InputProblem(source, number, 0, "/peopleAffected", "expected a whole number of 1 or"
                            + " more, found " + n));
                }
            }
            JsonNode r = root.get("recoveryCost");
            if (r != null && !r.isNull()) {
                try {
                    recovery = Optional.of(new Money(new BigDecimal(r.asString()), currency));
                } catch (IllegalArgumentException e) {
                    problems.add(new InputProblem(source, number, 0, "/recoveryCost", "expected an amount in "
                            + currency.getCurrencyCode() + " such as \"1200.00\", found " + r));
                }
            }
            if (people.isEmpty() && recovery.isEmpty() && problems.size() == before) {
                problems.add(new InputProblem(source, number, 0, "", "an impact gives peopleAffected or recoveryCost"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        JsonNode note = root.get("note");
        return Optional.of(new Annotation(target.orElseThrow(), status, by.orElseThrow(), at.orElseThrow(),
                note == null || note.isNull() ? "" : note.asString(), people, recovery));
    }

    private static Optional<String> text(JsonNode root, String field, String source, int line, List<InputProblem> problems) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull() || !node.isString() || node.asString().isBlank()) {
            problems.add(new InputProblem(source, line, 0, "/" + field, "expected a non-blank string, found "
                    + (node == null || node.isNull() ? "nothing" : node.toString())));
            return Optional.empty();
        }
        return Optional.of(node.asString());
    }
}

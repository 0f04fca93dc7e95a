package io.witness.sources.ingest;

import io.witness.core.event.CaseId;
import io.witness.core.event.EventMeta;
import io.witness.core.event.Resolved;
import io.witness.core.event.TicketEvent;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A format for the importer's tests: each line {@code case id version resolvedAt} is one record version
 * (a snapshot), and a case's one event is {@code resolved} at its latest version's time; a line of
 * another shape is a problem, a case id {@code boom} cannot be derived, and a case {@code -} is none.
 */
final class KeyValueFormat implements SourceFormat {

    @Override
    public String name() {
        return "kv";
    }

    @Override
    public String description() {
        return "test snapshots";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        List<ObservationDraft> drafts = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String[] lines = new String(file.bytes(), StandardCharsets.UTF_8).split("\n");
        long rows = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            rows++;
            String[] f = lines[i].split(" ");
            if (f.length != 4) {
                problems.add(new InputProblem(file.name(), i + 1, 0, "", "expected 'case id version resolvedAt', found '" + lines[i] + "'"));
                continue;
            }
            ObjectNode json = JsonNodeFactory.instance.objectNode().put("case", f[0]).put("id", f[1]).put("version", f[2]).put("resolvedAt", f[3]);
            ObservationDraft draft = ObservationDraft.of(context.source(), context.side(), "snapshot", f[1], f[2], context.receivedAt(),
                    lines[i].getBytes(StandardCharsets.UTF_8), json);
            drafts.add(f[0].equals("-") ? draft : draft.withCaseRef(new CaseId(f[0])));
        }
        return new ParsedFile(drafts, problems, rows);
    }

    @Override
    public CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        if (caseId.value().equals("boom")) {
            throw new IllegalArgumentException("no rule for boom");
        }
        ObservationDraft last = observations.get(observations.size() - 1);
        Instant at = Instant.parse(CanonicalJson.parse(last.parsedJson()).get("resolvedAt").asString());
        List<TicketEvent> events = List.of(new Resolved(EventMeta.of(caseId, context.side(), at)));
        return new CaseEvents(events, List.of());
    }
}

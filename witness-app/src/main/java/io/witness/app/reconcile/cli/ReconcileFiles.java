package io.witness.app.reconcile.cli;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockResultJson;
import io.witness.core.contract.Contract;
import io.witness.core.credit.ClaimLetter;
import io.witness.core.credit.CreditStatement;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import io.witness.core.kpi.KpiCsv;
import io.witness.core.kpi.KpiJson;
import io.witness.core.kpi.KpiTable;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Difference;
import io.witness.core.reconcile.ReconcileFindings;
import io.witness.core.reconcile.Ticket;
import io.witness.core.register.Annotation;
import io.witness.core.register.GapRecord;
import io.witness.core.register.ImpactCost;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a reconcile run to a folder (docs/reconcile.md, "Files"): cases, clocks, findings, KPIs and
 * credits as CSV and as JSON lines (the KPIs in the format of docs/kpis.md), the patterns' sentences, and
 * the claim letter in Markdown and HTML.
 */
final class ReconcileFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Contract contract;
    private final Path dir;

    ReconcileFiles(Contract contract, Path dir) {
        this.contract = contract;
        this.dir = dir;
    }

    List<String> write(ReconcileOutcome outcome) throws IOException {
        Files.createDirectories(dir);
        cases(outcome);
        clocks(outcome);
        findings(outcome);
        kpis(outcome);
        credits(outcome);
        letter(outcome);
        return List.of("cases.csv", "cases.jsonl", "clocks.csv", "clocks.jsonl", "findings.csv", "findings.jsonl", "kpis.csv",
                "kpis.jsonl", "patterns.txt", "credits.csv", "credits.jsonl", "claim-letter.md", "claim-letter.html");
    }

    private void cases(ReconcileOutcome outcome) throws IOException {
        try (BufferedWriter csvOut = writer("cases.csv"); BufferedWriter jsonOut = writer("cases.jsonl")) {
            Csv csv = new Csv(csvOut, List.of("case", "provider", "client_ticket", "provider_ticket", "method", "confidence",
                    "reason", "opened_at", "client_events", "provider_events", "differences"));
            for (CaseReport report : outcome.reports()) {
                Case c = report.theCase();
                List<String> differences = report.differences().stream().map(Difference::sentence).toList();
                csv.row(List.of(c.id(), c.provider(), ticketId(c.clientTicket()), ticketId(c.providerTicket()),
                        c.match().method().wireName(), c.match().confidence(), c.match().reason(), c.openedAt(),
                        events(c.clientTicket()), events(c.providerTicket()), String.join(" | ", differences)));
                ObjectNode json = JSON.createObjectNode();
                json.put("case", c.id().value());
                json.put("provider", c.provider().value());
                json.put("clientTicket", ticketId(c.clientTicket()));
                json.put("providerTicket", ticketId(c.providerTicket()));
                json.put("method", c.match().method().wireName());
                json.put("confidence", c.match().confidence());
                json.put("reason", c.match().reason());
                json.put("openedAt", c.openedAt().toString());
                ArrayNode diffs = json.putArray("differences");
                for (Difference d : report.differences()) {
                    ObjectNode node = diffs.addObject();
                    node.put("clock", d.clock());
                    node.put("cycle", d.cycle());
                    node.put("aspect", d.aspect());
                    node.put("minutes", d.amount().toMinutes());
                    node.put("sentence", d.sentence());
                }
                jsonOut.write(JSON.writeValueAsString(json));
                jsonOut.newLine();
            }
        }
    }

    private void clocks(ReconcileOutcome outcome) throws IOException {
        try (BufferedWriter csvOut = writer("clocks.csv"); BufferedWriter jsonOut = writer("clocks.jsonl")) {
            Csv csv = new Csv(csvOut, List.of("case", "clock", "metric", "section", "timeline", "cycle", "state", "priority",
                    "target", "elapsed", "paused", "started_at", "stopped_at", "breached_at", "margin", "reason"));
            for (CaseReport report : outcome.reports()) {
                for (ClockResult r : report.clocks().all()) {
                    csv.row(List.of(r.caseId(), r.clock(), r.metric().wireName(), r.section(), r.side().wireName(), r.cycle(),
                            r.state().wireName(), r.priority().map(Object::toString).orElse(""), text(r.target()), r.elapsed(),
                            r.paused(), text(r.startedAt()), text(r.stoppedAt()), text(r.breachedAt()), text(r.margin()),
                            r.reason()));
                    jsonOut.write(ClockResultJson.write(r));
                    jsonOut.newLine();
                }
            }
        }
    }

    private void findings(ReconcileOutcome outcome) throws IOException {
        try (BufferedWriter csvOut = writer("findings.csv"); BufferedWriter jsonOut = writer("findings.jsonl")) {
            Csv csv = new Csv(csvOut, List.of("id", "kind", "category", "group", "severity", "status", "provider", "clause",
                    "at", "title", "explanation", "term", "promised", "actual", "cost", "impact", "evidence"));
            for (GapRecord gap : outcome.gaps()) {
                Finding f = gap.finding();
                csv.row(List.of(f.id(), f.kind(), gap.category().wireName(), gap.category().group(), f.severity().wireName(),
                        gap.status().wireName(), f.provider().map(Object::toString).orElse(""),
                        f.clause().map(Object::toString).orElse(""), f.at(), f.title(), f.explanation(), gap.term().orElse(""),
                        gap.promised().orElse(""), gap.actual().orElse(""), f.cost().map(Object::toString).orElse(""),
                        gap.impact().map(ImpactCost::arithmetic).orElse(""),
                        String.join(" ", f.evidence().stream().map(EvidenceRef::toString).toList())));
                jsonOut.write(JSON.writeValueAsString(findingJson(gap)));
                jsonOut.newLine();
            }
        }
    }

    private static ObjectNode findingJson(GapRecord gap) {
        Finding f = gap.finding();
        ObjectNode json = JSON.createObjectNode();
        json.put("id", f.id());
        json.put("kind", f.kind().code());
        json.put("category", gap.category().wireName());
        json.put("group", gap.category().group());
        json.put("severity", f.severity().wireName());
        json.put("status", gap.status().wireName());
        f.provider().ifPresent(p -> json.put("provider", p.value()));
        f.clause().ifPresent(c -> json.put("clause", c.text()));
        json.put("at", f.at().toString());
        json.put("title", f.title());
        json.put("explanation", f.explanation());
        gap.term().ifPresent(t -> json.put("term", t));
        gap.promised().ifPresent(t -> json.put("promised", t));
        gap.actual().ifPresent(t -> json.put("actual", t));
        f.cost().ifPresent(m -> json.put("cost", m.amount().toPlainString()).put("currency", m.currency().getCurrencyCode()));
        gap.impact().ifPresent(i -> json.put("impact", i.arithmetic()));
        gap.timeline().forEach(json.putArray("timeline")::add);
        gap.people().forEach(json.putArray("people")::add);
        gap.communications().forEach(json.putArray("communications")::add);
        ArrayNode evidence = json.putArray("evidence");
        f.evidence().forEach(e -> evidence.addObject().put("kind", e.kind()).put("id", e.id()));
        ArrayNode annotations = json.putArray("annotations");
        for (Annotation a : gap.annotations()) {
            annotations.addObject().put("status", a.status().map(s -> s.wireName()).orElse("impact"))
                    .put("by", a.by().wireName()).put("at", a.at().toString()).put("note", a.note());
        }
        return json;
    }

    /** The KPI table as docs/kpis.md writes it (CSV and JSON lines), and the patterns' sentences. */
    private void kpis(ReconcileOutcome outcome) throws IOException {
        KpiTable table = outcome.performance().kpis();
        Files.writeString(dir.resolve("kpis.csv"), KpiCsv.write(table), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("kpis.jsonl"), KpiJson.writeLines(table), StandardCharsets.UTF_8);
        StringBuilder patterns = new StringBuilder();
        for (String line : ReconcileSummary.patternLines(outcome.performance())) {
            patterns.append(line).append('\n');
        }
        Files.writeString(dir.resolve("patterns.txt"), patterns, StandardCharsets.UTF_8);
    }

    private void credits(ReconcileOutcome outcome) throws IOException {
        try (BufferedWriter csvOut = writer("credits.csv"); BufferedWriter jsonOut = writer("credits.jsonl")) {
            Csv csv = new Csv(csvOut, List.of("provider", "period", "before_caps", "owed", "currency", "attainment", "breaches",
                    "chronic_failure", "claim_by", "arithmetic"));
            for (CreditStatement s : outcome.credits()) {
                List<String> attainment = new ArrayList<>();
                s.attainment().forEach(a -> attainment.add(a.clause() + ": " + a.met() + "/" + a.counted()
                        + a.attainment().map(p -> " = " + p.toPlainString() + "%").orElse("") + a.tier().map(t -> ", " + t).orElse("")));
                List<String> breaches = new ArrayList<>();
                s.breaches().forEach(b -> breaches.add(b.clause() + " " + b.clock() + ": " + String.join(" ", b.cases())));
                csv.row(List.of(s.provider(), s.period().label(), s.beforeCaps().amount().toPlainString(),
                        s.owed().amount().toPlainString(), s.owed().currency().getCurrencyCode(), String.join("; ", attainment),
                        String.join("; ", breaches), s.chronicFailure().orElse(""), s.claimBy().map(Object::toString).orElse(""),
                        String.join(" | ", s.arithmetic())));
                ObjectNode json = JSON.createObjectNode();
                json.put("provider", s.provider().value());
                json.put("period", s.period().label());
                json.put("beforeCaps", s.beforeCaps().amount().toPlainString());
                json.put("owed", s.owed().amount().toPlainString());
                json.put("currency", s.owed().currency().getCurrencyCode());
                s.chronicFailure().ifPresent(c -> json.put("chronicFailure", c));
                s.claimBy().ifPresent(d -> json.put("claimBy", d.toString()));
                s.arithmetic().forEach(json.putArray("arithmetic")::add);
                jsonOut.write(JSON.writeValueAsString(json));
                jsonOut.newLine();
            }
        }
    }

    private void letter(ReconcileOutcome outcome) throws IOException {
        List<Finding> breaches = outcome.gaps().stream().map(GapRecord::finding)
                .filter(f -> f.kind().equals(ReconcileFindings.SLA_BREACH)).toList();
        List<String> disputed = outcome.gaps().stream()
                .filter(g -> g.status() == io.witness.core.register.AnnotationStatus.DISPUTED).map(g -> g.finding().id()).toList();
        LocalDate date = LocalDate.ofInstant(outcome.now(), contract.header().zone());
        ClaimLetter letter = new ClaimLetter(contract);
        Files.writeString(dir.resolve("claim-letter.md"), letter.markdown(outcome.credits(), breaches, disputed, date),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("claim-letter.html"), letter.html(outcome.credits(), breaches, disputed, date),
                StandardCharsets.UTF_8);
    }

    private BufferedWriter writer(String name) throws IOException {
        return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private static String ticketId(Optional<Ticket> ticket) {
        return ticket.map(t -> t.id().value()).orElse("");
    }

    private static int events(Optional<Ticket> ticket) {
        return ticket.map(t -> t.events().size()).orElse(0);
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }
}

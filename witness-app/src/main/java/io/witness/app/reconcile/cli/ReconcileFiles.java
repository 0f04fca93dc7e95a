package io.witness.app.reconcile.cli;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockResultJson;
import io.witness.core.clock.InstantText;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a reconcile run to a folder (docs/reconcile.md, "Files"): cases, clocks, findings, KPIs and
 * credits as CSV and as JSON lines (the KPIs in the format of docs/kpis.md), the patterns' sentences, and
 * the claim letter in Markdown and HTML.
 */
final class ReconcileFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> CASES = List.of("case", "provider", "client_ticket", "provider_ticket", "method",
            "confidence", "reason", "opened_at", "client_events", "provider_events", "differences");
    private static final List<String> CLOCKS = List.of("case", "clock", "metric", "section", "timeline", "cycle", "state",
            "priority", "target", "elapsed", "paused", "started_at", "stopped_at", "breached_at", "margin", "reason");
    private static final List<String> FINDINGS = List.of("id", "kind", "category", "group", "severity", "status", "provider",
            "clause", "at", "title", "explanation", "term", "promised", "actual", "cost", "impact", "evidence");

    private final Contract contract;
    private final Path dir;

    ReconcileFiles(Contract contract, Path dir) {
        this.contract = contract;
        this.dir = dir;
    }

    List<String> write(ReconcileOutcome outcome) throws IOException {
        Files.createDirectories(dir);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, ReconcileFiles::formatter);
        try {
            // The small files (the claim letter's words the most work) on one thread while the large ones' chunks take turns.
            Future<Void> small = pool.submit(() -> {
                kpis(outcome);
                credits(outcome);
                letter(outcome);
                return null;
            });
            CsvAndJsonLines lines = new CsvAndJsonLines(pool, threads);
            lines.write(outcome.reports(), dir.resolve("cases.csv"), CASES, dir.resolve("cases.jsonl"), ReconcileFiles::caseLines);
            lines.write(outcome.reports(), dir.resolve("clocks.csv"), CLOCKS, dir.resolve("clocks.jsonl"), ReconcileFiles::clockLines);
            lines.write(outcome.gaps(), dir.resolve("findings.csv"), FINDINGS, dir.resolve("findings.jsonl"),
                    ReconcileFiles::findingLines);
            CsvAndJsonLines.done(small);
        } finally {
            pool.shutdownNow();
        }
        return List.of("cases.csv", "cases.jsonl", "clocks.csv", "clocks.jsonl", "findings.csv", "findings.jsonl", "kpis.csv",
                "kpis.jsonl", "patterns.txt", "credits.csv", "credits.jsonl", "claim-letter.md", "claim-letter.html");
    }

    private static Thread formatter(Runnable work) {
        Thread thread = new Thread(work, "reconcile-files");
        thread.setDaemon(true);
        return thread;
    }

    private static void caseLines(CaseReport report, CsvAndJsonLines.Lines lines) {
        Case c = report.theCase();
        List<Difference> differences = report.differences();
        StringBuilder sentences = new StringBuilder();
        for (int i = 0; i < differences.size(); i++) {
            if (i > 0) {
                sentences.append(" | ");
            }
            sentences.append(differences.get(i).sentence());
        }
        lines.csv(c.id(), c.provider(), ticketId(c.clientTicket()), ticketId(c.providerTicket()), c.match().method().wireName(),
                c.match().confidence(), c.match().reason(), InstantText.of(c.openedAt()), events(c.clientTicket()), events(c.providerTicket()),
                sentences);
        JsonGenerator json = lines.json();
        json.writeStartObject();
        json.writeStringProperty("case", c.id().value());
        json.writeStringProperty("provider", c.provider().value());
        json.writeStringProperty("clientTicket", ticketId(c.clientTicket()));
        json.writeStringProperty("providerTicket", ticketId(c.providerTicket()));
        json.writeStringProperty("method", c.match().method().wireName());
        json.writeNumberProperty("confidence", c.match().confidence());
        json.writeStringProperty("reason", c.match().reason());
        json.writeStringProperty("openedAt", InstantText.of(c.openedAt()));
        json.writeArrayPropertyStart("differences");
        for (Difference d : differences) {
            json.writeStartObject();
            json.writeStringProperty("clock", d.clock());
            json.writeNumberProperty("cycle", d.cycle());
            json.writeStringProperty("aspect", d.aspect());
            json.writeNumberProperty("minutes", d.amount().toMinutes());
            json.writeStringProperty("sentence", d.sentence());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        lines.endJsonLine();
    }

    private static void clockLines(CaseReport report, CsvAndJsonLines.Lines lines) {
        for (ClockResult r : report.clocks().all()) {
            lines.csv(r.caseId(), r.clock(), r.metric().wireName(), r.section(), r.side().wireName(), r.cycle(),
                    r.state().wireName(), text(r.priority()), text(r.target()), r.elapsed(), r.paused(), instant(r.startedAt()),
                    instant(r.stoppedAt()), instant(r.breachedAt()), text(r.margin()), r.reason());
            ClockResultJson.write(r, lines.json());
            lines.endJsonLine();
        }
    }

    private static void findingLines(GapRecord gap, CsvAndJsonLines.Lines lines) {
        Finding f = gap.finding();
        StringBuilder evidence = new StringBuilder();
        List<EvidenceRef> refs = f.evidence();
        for (int i = 0; i < refs.size(); i++) {
            if (i > 0) {
                evidence.append(' ');
            }
            evidence.append(refs.get(i));
        }
        lines.csv(f.id(), f.kind(), gap.category().wireName(), gap.category().group(), f.severity().wireName(),
                gap.status().wireName(), text(f.provider()), text(f.clause()), InstantText.of(f.at()), f.title(), f.explanation(),
                gap.term().orElse(""), gap.promised().orElse(""), gap.actual().orElse(""), text(f.cost()),
                gap.impact().map(ImpactCost::arithmetic).orElse(""), evidence);
        findingJson(gap, lines.json());
        lines.endJsonLine();
    }

    private static void findingJson(GapRecord gap, JsonGenerator json) {
        Finding f = gap.finding();
        json.writeStartObject();
        json.writeStringProperty("id", f.id());
        json.writeStringProperty("kind", f.kind().code());
        json.writeStringProperty("category", gap.category().wireName());
        json.writeStringProperty("group", gap.category().group());
        json.writeStringProperty("severity", f.severity().wireName());
        json.writeStringProperty("status", gap.status().wireName());
        if (f.provider().isPresent()) {
            json.writeStringProperty("provider", f.provider().get().value());
        }
        if (f.clause().isPresent()) {
            json.writeStringProperty("clause", f.clause().get().text());
        }
        json.writeStringProperty("at", InstantText.of(f.at()));
        json.writeStringProperty("title", f.title());
        json.writeStringProperty("explanation", f.explanation());
        optional(json, "term", gap.term());
        optional(json, "promised", gap.promised());
        optional(json, "actual", gap.actual());
        if (f.cost().isPresent()) {
            json.writeStringProperty("cost", f.cost().get().amount().toPlainString());
            json.writeStringProperty("currency", f.cost().get().currency().getCurrencyCode());
        }
        if (gap.impact().isPresent()) {
            json.writeStringProperty("impact", gap.impact().get().arithmetic());
        }
        strings(json, "timeline", gap.timeline());
        strings(json, "people", gap.people());
        strings(json, "communications", gap.communications());
        json.writeArrayPropertyStart("evidence");
        for (EvidenceRef e : f.evidence()) {
            json.writeStartObject();
            json.writeStringProperty("kind", e.kind());
            json.writeStringProperty("id", e.id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("annotations");
        for (Annotation a : gap.annotations()) {
            json.writeStartObject();
            json.writeStringProperty("status", a.status().map(s -> s.wireName()).orElse("impact"));
            json.writeStringProperty("by", a.by().wireName());
            json.writeStringProperty("at", InstantText.of(a.at()));
            json.writeStringProperty("note", a.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String field, Optional<String> value) {
        if (value.isPresent()) {
            json.writeStringProperty(field, value.get());
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) {
        json.writeArrayPropertyStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
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
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, "provider", "period", "before_caps", "owed", "currency", "attainment", "breaches", "chronic_failure",
                "claim_by", "arithmetic");
        StringBuilder jsonLines = new StringBuilder();
        for (CreditStatement s : outcome.credits()) {
            List<String> attainment = new ArrayList<>();
            s.attainment().forEach(a -> attainment.add(a.clause() + ": " + a.met() + "/" + a.counted()
                    + a.attainment().map(p -> " = " + p.toPlainString() + "%").orElse("") + a.tier().map(t -> ", " + t).orElse("")));
            List<String> breaches = new ArrayList<>();
            s.breaches().forEach(b -> breaches.add(b.clause() + " " + b.clock() + ": " + String.join(" ", b.cases())));
            Csv.row(csv, s.provider(), s.period().label(), s.beforeCaps().amount().toPlainString(),
                    s.owed().amount().toPlainString(), s.owed().currency().getCurrencyCode(), String.join("; ", attainment),
                    String.join("; ", breaches), s.chronicFailure().orElse(""), s.claimBy().map(Object::toString).orElse(""),
                    String.join(" | ", s.arithmetic()));
            ObjectNode json = JSON.createObjectNode();
            json.put("provider", s.provider().value());
            json.put("period", s.period().label());
            json.put("beforeCaps", s.beforeCaps().amount().toPlainString());
            json.put("owed", s.owed().amount().toPlainString());
            json.put("currency", s.owed().currency().getCurrencyCode());
            s.chronicFailure().ifPresent(c -> json.put("chronicFailure", c));
            s.claimBy().ifPresent(d -> json.put("claimBy", d.toString()));
            s.arithmetic().forEach(json.putArray("arithmetic")::add);
            jsonLines.append(JSON.writeValueAsString(json)).append('\n');
        }
        Files.writeString(dir.resolve("credits.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("credits.jsonl"), jsonLines, StandardCharsets.UTF_8);
    }

    private void letter(ReconcileOutcome outcome) throws IOException {
        List<Finding> breaches = outcome.gaps().stream().map(GapRecord::finding)
                .filter(f -> f.kind().equals(ReconcileFindings.SLA_BREACH)).toList();
        List<String> disputed = outcome.gaps().stream()
                .filter(g -> g.status() == io.witness.core.register.AnnotationStatus.DISPUTED).map(g -> g.finding().id()).toList();
        LocalDate date = LocalDate.ofInstant(outcome.now(), contract.header().zone());
        ClaimLetter letter = new ClaimLetter(contract);
        String markdown = letter.markdown(outcome.credits(), breaches, disputed, date);
        Files.writeString(dir.resolve("claim-letter.md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("claim-letter.html"), ClaimLetter.html(markdown), StandardCharsets.UTF_8);
    }

    private static String ticketId(Optional<Ticket> ticket) {
        return ticket.map(t -> t.id().value()).orElse("");
    }

    private static int events(Optional<Ticket> ticket) {
        return ticket.map(t -> t.events().size()).orElse(0);
    }

    private static String instant(Optional<Instant> value) {
        return value.isPresent() ? InstantText.of(value.get()) : "";
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }
}

package io.witness.bench.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockResultJson;
import io.witness.core.credit.CreditStatement;
import io.witness.core.finding.Finding;
import io.witness.core.kpi.KpiJson;
import io.witness.core.pattern.PerformanceReport;
import io.witness.core.reconcile.Ambiguity;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Correlated;
import io.witness.core.reconcile.Difference;
import io.witness.core.reconcile.Ticket;
import io.witness.core.register.GapRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SHA-256 of every stage's output in a canonical text form, one per stage and one over all: the cases
 * (tickets, match method, confidence and reason, opening) and ambiguities; every clock result (as
 * {@code ./witness clocks} writes it, with segments); every difference and finding with its words; every
 * register entry (timeline, people, communications, term, impact, observations, status); the KPI rows (as
 * kpis.jsonl); the patterns' sentences; the credit statements with their arithmetic. A change of how the
 * stages work must leave every one of them as it was; {@code run-reconcile --fingerprint} prints them.
 */
final class ResultFingerprint {

    private final Map<String, MessageDigest> stages = new LinkedHashMap<>();

    private ResultFingerprint() {
    }

    /** The fingerprints by stage ("cases", "clocks", "findings", "register", "kpis", "patterns", "credits", "all"). */
    static Map<String, String> of(Correlated correlated, List<CaseReport> reports, List<GapRecord> gaps,
            PerformanceReport performance, List<CreditStatement> credits) {
        ResultFingerprint print = new ResultFingerprint();
        for (Case c : correlated.cases()) {
            print.add("cases", c.id() + "|" + c.provider() + "|" + ticket(c.clientTicket()) + "|" + ticket(c.providerTicket())
                    + "|" + c.match().method().wireName() + "|" + c.match().confidence() + "|" + c.match().reason() + "|"
                    + c.openedAt());
        }
        for (Ambiguity a : correlated.ambiguities()) {
            print.add("cases", a.toString());
        }
        for (CaseReport report : reports) {
            print.add("findings", "case " + report.theCase().id());
            for (ClockResult r : report.clocks().all()) {
                print.add("clocks", ClockResultJson.write(r));
            }
            for (Difference d : report.differences()) {
                print.add("findings", d.clock() + "|" + d.cycle() + "|" + d.aspect() + "|" + d.amount() + "|" + d.sentence());
            }
            for (Finding f : report.findings()) {
                print.add("findings", finding(f));
            }
        }
        for (GapRecord gap : gaps) {
            print.add("register", finding(gap.finding()) + "|" + gap.category().wireName() + "|" + gap.timeline() + "|"
                    + gap.people() + "|" + gap.communications() + "|" + gap.term() + "|" + gap.promised() + "|" + gap.actual()
                    + "|" + gap.impact().map(i -> i.total() + " " + i.arithmetic()) + "|" + gap.observations() + "|"
                    + gap.annotations() + "|" + gap.status().wireName());
        }
        print.add("kpis", KpiJson.writeLines(performance.kpis()));
        for (String sentence : performance.sentences()) {
            print.add("patterns", sentence);
        }
        for (CreditStatement statement : credits) {
            print.add("credits", statement.toString());
        }
        Map<String, String> hex = new LinkedHashMap<>();
        MessageDigest all = sha256();
        for (String stage : List.of("cases", "clocks", "findings", "register", "kpis", "patterns", "credits")) {
            byte[] digest = print.stages.computeIfAbsent(stage, s -> sha256()).digest();
            all.update(digest);
            hex.put(stage, HexFormat.of().formatHex(digest));
        }
        hex.put("all", HexFormat.of().formatHex(all.digest()));
        return hex;
    }

    private void add(String stage, String line) {
        stages.computeIfAbsent(stage, s -> sha256()).update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String ticket(Optional<Ticket> ticket) {
        return ticket.map(t -> t.label() + " " + t.party() + " " + t.events().size() + " " + t.observations()).orElse("-");
    }

    private static String finding(Finding f) {
        return f.id() + "|" + f.kind().code() + "|" + f.severity().wireName() + "|" + f.title() + "|" + f.explanation() + "|"
                + f.clause() + "|" + f.provider() + "|" + f.at() + "|" + f.evidence() + "|" + f.cost();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

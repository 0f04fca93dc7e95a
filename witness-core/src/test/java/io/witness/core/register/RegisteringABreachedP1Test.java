package io.witness.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.contract.Money;
import io.witness.core.contract.PartyId;
import io.witness.core.event.EventLines;
import io.witness.core.input.InputProblem;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Correlation;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.Reconciler;
import io.witness.core.reconcile.Tickets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisteringABreachedP1Test {

    private static final Contract DENTAL = dental();
    private static final Currency USD = Currency.getInstance("USD");

    private static Contract dental() {
        try {
            Path file = Path.of("../examples/dental-150/contract.yaml");
            return ContractYaml.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CaseReport report() {
        String lines = """
                {"case":"INC0030001","side":"client","type":"opened","at":"2026-03-03T09:00:00-05:00","priority":"P1","status":"New"}
                {"case":"INC0030001","side":"client","type":"details","at":"2026-03-03T09:00:00-05:00","title":"Dentrix down at all practices","requester":"Maria Lopez","ci":"pms-db"}
                {"case":"INC0030001","side":"provider","type":"opened","at":"2026-03-03T09:04:00-05:00","priority":"P1","status":"New"}
                {"case":"INC0030001","side":"provider","type":"assigned","at":"2026-03-03T09:05:00-05:00","group":"Infrastructure","tier":2}
                {"case":"INC0030001","side":"provider","type":"reply","at":"2026-03-03T09:20:00-05:00"}
                {"case":"INC0030001","side":"provider","type":"resolved","at":"2026-03-03T14:15:00-05:00"}
                """;
        PartyId northwind = new PartyId("northwind");
        Case c = Correlation.withDefaults().correlate(Tickets.of(EventLines.read(lines, "p1.jsonl").orThrow(),
                new PartyId("acme-dental"), northwind), northwind).cases().get(0);
        return new Reconciler(DENTAL, ReconcileRules.defaults()).reconcile(c, Instant.parse("2026-03-04T00:00:00Z"));
    }

    @Test
    void costsTheOverrunWithThePeopleTheRevenueOfTheSystemAndTheRecoveryAndKeepsTheDispute() {
        AnnotationLines.Read read = AnnotationLines.read("""
                {"type":"impact","case":"INC0030001","by":"client","at":"2026-03-05T10:00:00Z","peopleAffected":40,"recoveryCost":"1200.00"}
                {"type":"annotation","finding":"sla-breach/INC0030001/resolution/witness/1","status":"disputed","by":"provider","at":"2026-03-06T10:00:00Z","note":"The database vendor was engaged at 11:00"}
                """, "notes.jsonl", USD);

        List<GapRecord> records = new GapRegister(DENTAL).of(report(), read.annotations(), Instant.parse("2026-03-04T00:00:00Z"));

        // Resolution: 09:00-14:15 on the always calendar = 5 h 15 min against 4 h; breached 13:00, overrun 1.25 h.
        // 40 x 1.25 x 58.00 = 2,900.00; pms-db 4,200.00 x 1.25 = 5,250.00; recovery 1,200.00; total 9,350.00.
        GapRecord breach = records.stream().filter(r -> r.finding().id().equals("sla-breach/INC0030001/resolution/witness/1"))
                .findFirst().orElseThrow();
        assertThat(breach.category()).isEqualTo(GapCategory.MISSED_SLA);
        assertThat(breach.term()).contains("Section 4.3 guarantees a 4-hour resolution for P1");
        assertThat(breach.promised()).contains("4 h");
        assertThat(breach.actual()).contains("5 h 15 min");
        assertThat(breach.impact().orElseThrow().total()).isEqualTo(Money.of("9350.00", "USD"));
        assertThat(breach.impact().orElseThrow().arithmetic()).isEqualTo("overrun 1 h 15 min = 1.25 h; 40 people (the"
                + " client's figure) × 1.25 h × 58.00 USD = 2,900.00 USD; pms-db revenue 4,200.00 USD/h × 1.25 h ="
                + " 5,250.00 USD; recovery costs entered by the client 1,200.00 USD; total 9,350.00 USD");
        assertThat(breach.finding().cost()).contains(Money.of("9350.00", "USD"));
        assertThat(breach.status()).isEqualTo(AnnotationStatus.DISPUTED);
        assertThat(breach.people()).containsExactly("requester Maria Lopez (client)",
                "group Infrastructure (tier 2), provider's record");
        assertThat(breach.communications()).containsExactly("2026-03-03 09:20 provider reply");
        assertThat(breach.timeline()).first().isEqualTo("2026-03-03 09:00 client opened (P1, New)");
    }

    @Test
    void reportsEveryBadAnnotationLineWithItsField() {
        AnnotationLines.Read read = AnnotationLines.read("""
                {"type":"annotation","finding":"x","status":"maybe","by":"witness","at":"2026-03-05"}
                {"type":"impact","case":"INC1","by":"client","at":"2026-03-05T10:00:00Z","peopleAffected":0}
                not json
                """, "notes.jsonl", USD);

        assertThat(read.annotations()).isEmpty();
        assertThat(read.problems()).extracting(InputProblem::toString).containsExactly(
                "notes.jsonl:1: /status: expected disputed, accepted or credited, found 'maybe'",
                "notes.jsonl:1: /by: expected client or provider, found 'witness'",
                "notes.jsonl:1: /at: expected an instant with offset such as 2026-04-02T10:00:00Z, found '2026-03-05'",
                "notes.jsonl:2: /peopleAffected: expected a whole number of 1 or more, found 0",
                "notes.jsonl:3: not valid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or"
                        + " token 'null', 'true' or 'false')");
    }
}

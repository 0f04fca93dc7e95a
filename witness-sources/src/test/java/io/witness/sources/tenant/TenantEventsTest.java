package io.witness.sources.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Side;
import io.witness.core.reconcile.RecordChange;
import io.witness.core.reconcile.Ticket;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.events.EventsFormat;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantEventsTest {

    private static final TenantId ACME = TenantId.of("acme");

    private static Contract dental() throws IOException {
        Path file = Path.of("../examples/dental-150/contract.yaml");
        return ContractYaml.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    private static List<ObservationDraft> imported(Contract contract, Side side, String instance, String received,
            String lines) {
        ImportContext context = new ImportContext(ACME, side, new SourceRef("events", instance), Optional.of(contract),
                Optional.empty(), Optional.empty(), Optional.empty(), Instant.parse(received));
        ParsedFile parsed = new EventsFormat().parse(new ImportFile("e.jsonl", lines.getBytes(StandardCharsets.UTF_8)), context);
        assertThat(parsed.problems()).isEmpty();
        return parsed.observations();
    }

    @Test
    void derivesEachSidesTicketsAndTheRecordsChangedBetweenTwoImports() throws IOException {
        Contract contract = dental();
        List<ObservationDraft> drafts = new ArrayList<>();
        drafts.addAll(imported(contract, Side.CLIENT, "servicenow", "2026-03-05T00:00:00Z", """
                {"case":"INC1","side":"client","type":"opened","at":"2026-03-04T09:00:00-05:00","priority":"P2"}
                """));
        drafts.addAll(imported(contract, Side.PROVIDER, "cw-psa", "2026-03-05T00:00:00Z", """
                {"case":"T1","side":"provider","type":"opened","at":"2026-03-04T09:05:00-05:00","priority":"P2"}
                {"case":"T1","side":"provider","type":"resolved","at":"2026-03-04T18:00:00-05:00","sourceId":"r1"}
                """));
        drafts.addAll(imported(contract, Side.PROVIDER, "cw-psa", "2026-03-05T12:00:00Z", """
                {"case":"T1","side":"provider","type":"resolved","at":"2026-03-04T16:00:00-05:00","sourceId":"r1"}
                """));
        ObservationDraft annotation = ObservationDraft.of(new SourceRef("annotations", "client"), Side.CLIENT,
                TenantEvents.ANNOTATION, "INC1", "2026-04-01T00:00:00Z", Instant.parse("2026-04-01T00:00:00Z"),
                "{\"type\":\"impact\"}".getBytes(StandardCharsets.UTF_8),
                tools.jackson.databind.json.JsonMapper.builder().build().readTree("{\"type\":\"impact\"}"));
        drafts.add(annotation);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            names.add("acme#" + i);
        }

        TenantTickets tickets = new TenantEvents(contract).of(ACME, drafts, names);

        assertThat(tickets.tickets()).extracting(Ticket::label).containsExactly("client INC1", "provider T1");
        Ticket provider = tickets.tickets().get(1);
        assertThat(provider.party().value()).isEqualTo("northwind");
        assertThat(provider.observations()).containsExactly("acme#1", "acme#2", "acme#3");
        List<RecordChange> changes = tickets.changes().get("provider T1");
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.before().at()).isEqualTo(Instant.parse("2026-03-04T23:00:00Z"));
            assertThat(change.after().at()).isEqualTo(Instant.parse("2026-03-04T21:00:00Z"));
        });
        assertThat(tickets.annotations()).singleElement()
                .isEqualTo(new TenantTickets.AnnotationLine("acme#4", "{\"type\":\"impact\"}"));
        assertThat(tickets.problems()).isEmpty();
        assertThat(tickets.observations()).isEqualTo(5);
    }

    @Test // #9
    void aServiceNowIncidentFiledBySysIdIsTheTicketOfItsNumber() throws IOException {
        Contract contract = dental();
        ImportContext context = new ImportContext(ACME, Side.CLIENT, new SourceRef("servicenow", "servicenow"), Optional.of(contract),
                Optional.empty(), Optional.of(java.time.ZoneId.of("America/New_York")), Optional.empty(),
                Instant.parse("2026-03-05T00:00:00Z"));
        List<ObservationDraft> drafts = new ArrayList<>();
        for (String[] file : new String[][] {{"incident.csv", """
                sys_id,number,state,priority,impact,urgency,opened_at,sys_updated_on,sys_mod_count,short_description,caller_id
                aa01,INC0031001,Resolved,3 - Moderate,2 - Medium,2 - Medium,2026-03-04 09:00:00,2026-03-04 11:00:00,3,VPN drops,Dana Reyes
                """}, {"sys_audit.csv", """
                sys_id,tablename,documentkey,fieldname,oldvalue,newvalue,user,sys_created_on,record_checkpoint
                b1,incident,aa01,state,,1,dana.reyes,2026-03-04 09:00:00,1
                b2,incident,aa01,comments,,On it,northwind.integration,2026-03-04 09:20:00,2
                b3,incident,aa01,state,1,6,northwind.integration,2026-03-04 11:00:00,3
                """}}) {
            ParsedFile parsed = new io.witness.sources.servicenow.ServiceNowFormat().parse(
                    new ImportFile(file[0], file[1].getBytes(StandardCharsets.UTF_8)), context);
            assertThat(parsed.problems()).isEmpty();
            drafts.addAll(parsed.observations());
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            names.add("acme#" + i);
        }

        TenantTickets tickets = new TenantEvents(contract).of(ACME, drafts, names);

        assertThat(tickets.tickets()).extracting(Ticket::label).containsExactly("client INC0031001");
        assertThat(tickets.tickets().get(0).events()).extracting(e -> e.type().wireName()).contains("opened", "reply", "resolved");
        assertThat(tickets.tickets().get(0).observations()).containsExactly("acme#0", "acme#1", "acme#2", "acme#3");
    }
}

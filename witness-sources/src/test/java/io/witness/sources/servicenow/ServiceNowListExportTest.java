package io.witness.sources.servicenow;

import static io.witness.sources.export.Fixtures.client;
import static io.witness.sources.export.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ParsedFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ServiceNowListExportTest {

    private final ServiceNowFormat format = new ServiceNowFormat();
    private final ImportContext london = client("servicenow", Optional.of(ZoneId.of("Europe/London")));

    @Test
    void keepsEachIncidentOnceWithItsRecordAsTheFileHoldsIt() {
        ParsedFile parsed = format.parse(file(getClass(), "incidents-labels.csv"), london);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(3);
        assertThat(parsed.observations()).hasSize(2);
        ObservationDraft first = parsed.observations().get(0);
        assertThat(first.kind()).isEqualTo("incident");
        assertThat(first.sourceId()).isEqualTo("9d385017c611228701d22104cc95c371");
        assertThat(first.sourceVersion()).isEqualTo("13");
        assertThat(first.caseRef().orElseThrow().value()).isEqualTo("9d385017c611228701d22104cc95c371");
        assertThat(first.claimedAt()).contains(Instant.parse("2024-01-20T10:00:00Z"));
        assertThat(new String(first.raw(), StandardCharsets.UTF_8)).isEqualTo("INC0010001,15/01/2024 09:30:00,Email not "
                + "syncing on phone,Abel Tuter,3 - Moderate,Closed,,Software,Email,iPhone-0193,Mobile Support,Beth Anglin,"
                + "2 - Medium,2 - Medium,20/01/2024 10:00:00,13,17/01/2024 10:00:00,20/01/2024 10:00:00,1,false,CW-88123,"
                + "ConnectWise,Phone,\"Outlook on the iPhone stops syncing.\r\nIt started after the iOS update.\","
                + "9d385017c611228701d22104cc95c371");
    }

    @Test
    void readsKnownColumnsUnderTheirElementNamesWithTimesInUtc() {
        ObservationDraft second = format.parse(file(getClass(), "incidents-labels.csv"), london).observations().get(1);

        var fields = CanonicalJson.parse(second.parsedJson());
        assertThat(fields.get("number").asString()).isEqualTo("INC0010002");
        assertThat(fields.get("opened_at").asString()).isEqualTo("2024-01-18T16:05:00Z");
        assertThat(fields.get("hold_reason").asString()).isEqualTo("Awaiting Caller");
        assertThat(fields.get("description").asString()).isEqualTo("The tunnel drops, \"every hour\", since Monday.");
        assertThat(fields.has("resolved_at")).as("an empty cell is left out").isFalse();
        assertThat(CanonicalJson.parse(second.parsedJson()).get("@values").asString()).isEqualTo("display");
    }

    @Test
    void labelsAndElementNamesInAnyOrderReadTheSame() {
        List<ObservationDraft> byLabel = format.parse(file(getClass(), "incidents-labels.csv"), london).observations();
        List<ObservationDraft> byElement = format.parse(file(getClass(), "incidents-elements.csv"), london).observations();

        assertThat(byElement).hasSize(2);
        for (int i = 0; i < 2; i++) {
            var element = (ObjectNode) CanonicalJson.parse(byElement.get(i).parsedJson());
            var label = (ObjectNode) CanonicalJson.parse(byLabel.get(i).parsedJson());
            // the labelled file ends its lines with CRLF, also inside the quoted description
            assertThat(label.remove("description").asString().replace("\r\n", "\n"))
                    .isEqualTo(element.remove("description").asString());
            assertThat(element).isEqualTo(label);
            assertThat(byElement.get(i).sourceVersion()).isEqualTo(byLabel.get(i).sourceVersion());
        }
    }

    @Test
    void keepsAnAuditEntryPerChangedFieldOfAnIncidentAndLeavesOtherTablesOut() {
        ParsedFile parsed = format.parse(file(getClass(), "audit-inc0010001.csv"), london);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(24);
        assertThat(parsed.observations()).hasSize(23);
        ObservationDraft hold = parsed.observations().get(9);
        assertThat(hold.kind()).isEqualTo("audit-entry");
        assertThat(hold.sourceId()).isEqualTo("000000000000000000000000000a0009");
        assertThat(hold.sourceVersion()).isEqualTo("2024-01-15T09:43:00Z hold_reason #3");
        assertThat(hold.caseRef().orElseThrow().value()).isEqualTo("9d385017c611228701d22104cc95c371");
        assertThat(CanonicalJson.parse(hold.parsedJson()).get("@values").asString()).isEqualTo("raw");
    }
}

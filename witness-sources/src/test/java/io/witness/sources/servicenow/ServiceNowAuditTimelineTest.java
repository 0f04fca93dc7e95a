package io.witness.sources.servicenow;

import static io.witness.sources.export.Fixtures.client;
import static io.witness.sources.export.Fixtures.example;
import static io.witness.sources.export.Fixtures.file;
import static io.witness.sources.export.Fixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.UnmappedValue;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** INC0010001 with its list row and its sys_audit history, mapped by the dental-150 contract. */
class ServiceNowAuditTimelineTest {

    private static final CaseId CASE = new CaseId("9d385017c611228701d22104cc95c371");

    private final ServiceNowFormat format = new ServiceNowFormat();
    private final ImportContext context = client("servicenow", ZoneId.of("Europe/London"), example("dental-150"));

    private List<ObservationDraft> observations() {
        List<ObservationDraft> all = new ArrayList<>();
        all.addAll(format.parse(file(getClass(), "incidents-labels.csv"), context).observations());
        all.addAll(format.parse(file(getClass(), "audit-inc0010001.csv"), context).observations());
        return all.stream().filter(o -> o.caseRef().orElseThrow().equals(CASE)).toList();
    }

    @Test
    void givesEveryStateChangeItsTimeFromTheAudit() {
        CaseEvents events = format.normalise(CASE, observations(), context);

        assertThat(show(events.events())).containsExactly(
                "2024-01-15T09:30:00Z opened P2 New (new)",
                "2024-01-15T09:30:00Z details title=Email not syncing on phone requester=Abel Tuter category=Software "
                        + "subcategory=Email ci=iPhone-0193 channel=Phone origin=user refs=ConnectWise:CW-88123",
                "2024-01-15T09:30:00Z assigned d625dccec0a8016700a222a0f7900d06",
                "2024-01-15T09:42:00Z status In Progress (in_progress)",
                "2024-01-15T09:42:00Z reply",
                "2024-01-15T09:43:00Z status On Hold - Awaiting Caller (waiting_customer)",
                "2024-01-15T11:15:00Z status In Progress (in_progress)",
                "2024-01-15T11:15:00Z comment requester public",
                "2024-01-15T11:40:00Z priority P3",
                "2024-01-15T13:00:00Z assigned Mobile Support",
                "2024-01-16T14:05:00Z status Resolved (resolved)",
                "2024-01-16T14:05:00Z resolved",
                "2024-01-16T14:05:00Z comment agent private",
                "2024-01-17T08:00:00Z reopened",
                "2024-01-17T08:00:00Z status In Progress (in_progress)",
                "2024-01-17T08:00:00Z comment requester public",
                "2024-01-17T10:00:00Z status Resolved (resolved)",
                "2024-01-17T10:00:00Z resolved",
                "2024-01-20T10:00:00Z status Closed (closed)",
                "2024-01-20T10:00:00Z closed",
                "2024-01-20T10:00:00Z claim made_sla=false");
        assertThat(events.unmapped()).isEmpty();
        assertThat(events.events().get(0).caseId()).isEqualTo(new CaseId("INC0010001"));
    }

    @Test
    void tellsTheSameTimelineWhateverTheOrderTheFilesCameIn() {
        List<ObservationDraft> reversed = new ArrayList<>(observations());
        java.util.Collections.reverse(reversed);

        assertThat(format.normalise(CASE, reversed, context).events())
                .isEqualTo(format.normalise(CASE, observations(), context).events());
    }

    @Test
    void withoutAContractKeepsTheSourcesPriorityAndCountsStatusesThatNameNoClass() {
        ImportContext bare = client("servicenow", java.util.Optional.of(ZoneId.of("Europe/London")));
        CaseEvents events = format.normalise(CASE, observations(), bare);

        assertThat(show(events.events())).contains("2024-01-15T09:30:00Z opened 2 - High New (new)",
                "2024-01-15T09:43:00Z status On Hold - Awaiting Caller", "2024-01-15T11:40:00Z priority 3 - Moderate");
        assertThat(events.unmapped()).containsExactly(new UnmappedValue("status", "On Hold - Awaiting Caller", 1));
    }
}

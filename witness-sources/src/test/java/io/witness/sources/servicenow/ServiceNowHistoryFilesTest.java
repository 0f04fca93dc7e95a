package io.witness.sources.servicenow;

import static io.witness.sources.export.Fixtures.client;
import static io.witness.sources.export.Fixtures.example;
import static io.witness.sources.export.Fixtures.file;
import static io.witness.sources.export.Fixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The other history files: sys_journal_field for comments, metric_instance for states, task_sla as claims. */
class ServiceNowHistoryFilesTest {

    private final ServiceNowFormat format = new ServiceNowFormat();

    private List<ObservationDraft> of(ImportContext context, String caseRef, String... files) {
        List<ObservationDraft> all = new ArrayList<>();
        for (String name : files) {
            var parsed = format.parse(file(getClass(), name), context);
            assertThat(parsed.problems()).as(name).isEmpty();
            all.addAll(parsed.observations());
        }
        return all.stream().filter(o -> o.caseRef().orElseThrow().value().equals(caseRef)).toList();
    }

    @Test
    void takesCommentsFromTheJournalWhenGivenAndTellsTheCallersFromTheAgents() {
        ImportContext context = client("servicenow", ZoneId.of("Europe/London"), example("dental-150"));
        String sysId = "9d385017c611228701d22104cc95c371";
        var events = format.normalise(new CaseId(sysId),
                of(context, sysId, "incidents-labels.csv", "audit-inc0010001.csv", "journal-inc0010001.csv"), context);

        assertThat(show(events.events()).stream().filter(l -> l.contains(" reply") || l.contains(" comment ")).toList())
                .containsExactly(
                        "2024-01-15T09:42:00Z reply",
                        "2024-01-15T09:50:00Z reply",
                        "2024-01-15T11:15:00Z comment requester public",
                        "2024-01-16T14:05:00Z comment agent private",
                        "2024-01-17T08:00:00Z comment requester public");
    }

    @Test
    void historyRowsWithoutTheirOwnSysIdStayRecordsOfTheirOwn() {
        ImportContext context = client("servicenow", Optional.of(ZoneId.of("Europe/London")));
        String audit = "tablename,documentkey,fieldname,oldvalue,newvalue,user,sys_created_on\n"
                + "incident,9d385017c611228701d22104cc95c371,state,,1,abel.tuter,2024-01-15 09:30:00\n"
                + "incident,9d385017c611228701d22104cc95c371,state,1,2,beth.anglin,2024-01-15 09:40:00\n";
        var parsed = format.parse(new ImportFile("sys_audit.csv", audit.getBytes(java.nio.charset.StandardCharsets.UTF_8)), context);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.observations()).extracting(ObservationDraft::sourceId).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void takesStatesFromMetricInstancesAndTheFirstResponseAndClaimsFromTaskSlas() {
        ImportContext context = client("servicenow", Optional.of(ZoneId.of("Europe/London")));
        String sysId = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
        var events = format.normalise(new CaseId(sysId),
                of(context, sysId, "incidents-labels.csv", "metric-inc0010002.csv", "task-sla-inc0010002.csv"), context);

        assertThat(show(events.events())).containsExactly(
                "2024-01-18T16:05:00Z opened 2 - High New (new)",
                "2024-01-18T16:05:00Z details title=VPN drops every hour requester=Dana Reyes category=Network subcategory=VPN "
                        + "channel=Email origin=user",
                "2024-01-18T16:05:00Z assigned Service Desk",
                "2024-01-18T16:20:00Z status In Progress (in_progress)",
                "2024-01-18T16:20:00Z reply",
                "2024-01-18T17:00:00Z status On Hold - Awaiting Caller",
                "2024-01-19T08:12:00Z claim task_sla[P2 response (1 hour)].stage=Completed",
                "2024-01-19T08:12:00Z claim task_sla[P2 response (1 hour)].has_breached=false",
                "2024-01-19T08:12:00Z claim task_sla[P2 response (1 hour)].planned_end_time=2024-01-18T17:05:00Z",
                "2024-01-19T08:12:00Z claim task_sla[P2 response (1 hour)].business_percentage=25",
                "2024-01-19T08:12:00Z claim task_sla[P2 resolution (8 hours)].stage=In progress",
                "2024-01-19T08:12:00Z claim task_sla[P2 resolution (8 hours)].has_breached=true",
                "2024-01-19T08:12:00Z claim task_sla[P2 resolution (8 hours)].planned_end_time=2024-01-19T08:05:00Z",
                "2024-01-19T08:12:00Z claim task_sla[P2 resolution (8 hours)].business_percentage=112.5");
        assertThat(events.unmapped()).extracting(u -> u.field() + " " + u.value() + " " + u.count())
                .containsExactly("status On Hold - Awaiting Caller 1");
    }
}

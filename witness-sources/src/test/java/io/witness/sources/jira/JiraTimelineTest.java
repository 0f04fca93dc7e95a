package io.witness.sources.jira;

import static io.witness.sources.export.Fixtures.client;
import static io.witness.sources.export.Fixtures.example;
import static io.witness.sources.export.Fixtures.file;
import static io.witness.sources.export.Fixtures.show;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ITSD-42 and ITSD-43 of the Van der Meer service desk, mapped by the co-managed-enterprise contract. */
class JiraTimelineTest {

    private final JiraFormat format = new JiraFormat();
    private final ImportContext context = client("jira-sm", ZoneId.of("Europe/Amsterdam"), example("co-managed-enterprise"));

    private List<ObservationDraft> of(String issue, String... files) {
        List<ObservationDraft> all = new ArrayList<>();
        for (String name : files) {
            all.addAll(format.parse(file(getClass(), name), context).observations());
        }
        return all.stream().filter(o -> o.caseRef().orElseThrow().value().equals(issue)).toList();
    }

    @Test
    void givesEveryChangeItsTimeFromTheChangelogAndRepliesFromPublicComments() {
        CaseEvents events = format.normalise(new CaseId("ITSD-42"),
                of("ITSD-42", "issues.csv", "ITSD-42.changelog.json", "itsd-bundles.jsonl"), context);

        assertThat(show(events.events())).containsExactly(
                "2024-01-15T08:30:00Z opened medium Waiting for support (new)",
                "2024-01-15T08:30:00Z details title=Laptop cannot reach VPN requester=Dana Reyes category=Get IT help "
                        + "refs=autotask:AT-20240115-0042",
                "2024-01-15T08:30:00Z assigned Service Desk",
                "2024-01-15T08:41:00Z status In Progress (in_progress)",
                "2024-01-15T08:42:00Z reply",
                "2024-01-15T08:42:00Z claim Time to first response[1].breached=false",
                "2024-01-15T08:42:00Z claim Time to first response[1].breachTime=2024-01-15T09:30:00Z",
                "2024-01-15T08:42:00Z claim Time to first response[1].goal=3600000",
                "2024-01-15T08:42:00Z claim Time to first response[1].elapsed=720000",
                "2024-01-15T08:43:00Z status Waiting for customer (waiting_customer)",
                "2024-01-15T09:15:00Z status In Progress (in_progress)",
                "2024-01-15T09:15:00Z comment requester public",
                "2024-01-15T10:00:00Z priority high",
                "2024-01-15T10:00:00Z assigned Network Team",
                "2024-01-16T13:04:00Z comment agent private",
                "2024-01-16T13:05:00Z status Resolved (resolved)",
                "2024-01-16T13:05:00Z resolved",
                "2024-01-17T07:00:00Z reopened",
                "2024-01-17T07:00:00Z status In Progress (in_progress)",
                "2024-01-17T09:00:00Z status Resolved (resolved)",
                "2024-01-17T09:00:00Z resolved",
                "2024-01-17T09:00:00Z claim Time to resolution[1].breached=true",
                "2024-01-17T09:00:00Z claim Time to resolution[1].breachTime=2024-01-15T16:30:00Z",
                "2024-01-17T09:00:00Z claim Time to resolution[1].goal=28800000",
                "2024-01-17T09:00:00Z claim Time to resolution[1].elapsed=36600000",
                "2024-01-18T15:00:00Z status Closed (closed)",
                "2024-01-18T15:00:00Z closed",
                "2024-01-18T15:00:00Z claim Time to first response=12m",
                "2024-01-18T15:00:00Z claim Time to resolution=-2h 10m");
        assertThat(events.unmapped()).isEmpty();
    }

    @Test
    void fromTheCsvAloneTellsOpeningTheCurrentStatusSinceItsCategoryChangedAndTheReportersComments() {
        CaseEvents events = format.normalise(new CaseId("ITSD-43"), of("ITSD-43", "issues.csv"), context);

        assertThat(show(events.events())).containsExactly(
                "2024-01-20T10:00:00Z opened medium -",
                "2024-01-20T10:00:00Z details title=Printer on floor 3 jams requester=Lee Park category=Report a problem",
                "2024-01-20T10:00:00Z assigned Service Desk",
                "2024-01-21T13:58:00Z comment agent private",
                "2024-01-21T14:00:00Z status Waiting for customer (waiting_customer)",
                "2024-01-22T08:00:00Z claim Time to first response=7m");
    }

    @Test
    void countsAPriorityThatTheContractDoesNotMapAndLeavesItOut() {
        CaseEvents events = format.normalise(new CaseId("ITSD-44"), of("ITSD-44", "issues.csv"), context);

        assertThat(events.unmapped()).extracting(u -> u.field() + " " + u.value() + " " + u.count())
                .containsExactly("priority Blocker 1");
    }
}

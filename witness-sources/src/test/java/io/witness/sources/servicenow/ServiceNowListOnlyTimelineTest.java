package io.witness.sources.servicenow;

import static io.witness.sources.export.Fixtures.client;
import static io.witness.sources.export.Fixtures.file;
import static io.witness.sources.export.Fixtures.show;
import static io.witness.sources.export.Fixtures.text;
import static io.witness.sources.export.Fixtures.withMapping;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.TicketEvent;
import io.witness.core.event.TicketOpened;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Incidents known only from the list export: raw values, a user in New York, both DST changes. */
class ServiceNowListOnlyTimelineTest {

    private final ServiceNowFormat format = new ServiceNowFormat();
    private final ImportContext newYork = client("servicenow", Optional.of(ZoneId.of("America/New_York")));

    private List<String> timeline(ImportFile file, String sysId) {
        List<ObservationDraft> observations = format.parse(file, newYork).observations().stream()
                .filter(o -> o.caseRef().orElseThrow().value().equals(sysId)).toList();
        return show(format.normalise(new CaseId(sysId), observations, newYork).events());
    }

    @Test
    void tellsAClosedIncidentFromItsTimestampsOpenedInTheHourTheClocksSkipped() {
        assertThat(timeline(file(getClass(), "incidents-raw.csv"), "5f2cb0a1c0a8016400a1b2c3d4e5f601")).containsExactly(
                "2024-03-10T07:30:00Z opened 1 - Critical -",
                "2024-03-10T07:30:00Z details title=Payroll server down requester=681ccaf9c0a8016400b98a06818d57c7 "
                        + "channel=monitoring origin=monitoring",
                "2024-03-10T07:30:00Z assigned 287ebd7da9fe198100f92cc8d1d2154e",
                "2024-03-11T20:00:00Z status Resolved (resolved)",
                "2024-03-11T20:00:00Z resolved",
                "2024-03-13T13:00:00Z status Closed (closed)",
                "2024-03-13T13:00:00Z closed",
                "2024-03-13T13:00:00Z claim made_sla=true");
    }

    @Test
    void tellsAReopenedIncidentOpenedInTheHourShownTwiceAtItsFirstShowing() {
        assertThat(timeline(file(getClass(), "incidents-raw.csv"), "5f2cb0a1c0a8016400a1b2c3d4e5f602")).containsExactly(
                "2024-11-03T05:30:00Z opened 3 - Moderate -",
                "2024-11-03T05:30:00Z details title=Share drive slow requester=681ccaf9c0a8016400b98a06818d57c7 "
                        + "channel=phone origin=user",
                "2024-11-03T05:30:00Z assigned 287ebd7da9fe198100f92cc8d1d2154e",
                "2024-11-03T10:00:00Z status Resolved (resolved)",
                "2024-11-03T10:00:00Z resolved",
                "2024-11-03T13:00:00Z reopened",
                "2024-11-04T15:00:00Z status In Progress (in_progress)");
    }

    @Test
    void displayAndRawValuesTellTheSameStatusesAndPriorities() {
        ImportFile display = text("display.csv", "Number,Sys ID,State,Priority,Impact,Urgency,Opened,Updated,Updates,Resolved,"
                + "Closed,Assignment group,Caller,Made SLA,Short description,Channel\n"
                + "INC0030001,5f2cb0a1c0a8016400a1b2c3d4e5f601,Closed,1 - Critical,1 - High,1 - High,03/10/2024 02:30:00 AM,"
                + "03/13/2024 09:00:00 AM,9,03/11/2024 04:00:00 PM,03/13/2024 09:00:00 AM,Payroll Ops,Fred Luddy,true,"
                + "Payroll server down,Monitoring\n");
        String sysId = "5f2cb0a1c0a8016400a1b2c3d4e5f601";

        assertThat(statusesAndPriorities(display, sysId))
                .isEqualTo(statusesAndPriorities(file(getClass(), "incidents-raw.csv"), sysId))
                .contains("1 - Critical", "Resolved", "Closed");
    }

    private List<String> statusesAndPriorities(ImportFile file, String sysId) {
        List<ObservationDraft> observations = format.parse(file, newYork).observations().stream()
                .filter(o -> o.caseRef().orElseThrow().value().equals(sysId)).toList();
        return format.normalise(new CaseId(sysId), observations, newYork).events().stream()
                .map(ServiceNowListOnlyTimelineTest::statusOrPriority).flatMap(Optional::stream).toList();
    }

    private static Optional<String> statusOrPriority(TicketEvent event) {
        if (event instanceof TicketOpened opened) {
            return opened.priority().map(p -> p.code());
        }
        if (event instanceof StatusChanged status) {
            return Optional.of(status.status());
        }
        return event instanceof PriorityChanged priority ? Optional.of(priority.priority().code()) : Optional.empty();
    }

    @Test
    void aLaterExportOfTheSameIncidentChangesNoEventItAlreadyTold() {
        String sysId = "5f2cb0a1c0a8016400a1b2c3d4e5f602";
        ImportFile later = text("later.csv", "number,sys_id,state,hold_reason,priority,impact,urgency,opened_at,sys_updated_on,"
                + "sys_mod_count,resolved_at,closed_at,assignment_group,caller_id,reopen_count,reopened_time,made_sla,"
                + "short_description,contact_type\n"
                + "INC0030002,5f2cb0a1c0a8016400a1b2c3d4e5f602,6,,3,2,2,11/03/2024 01:30:00 AM,11/05/2024 10:00:00 AM,4,"
                + "11/05/2024 10:00:00 AM,,287ebd7da9fe198100f92cc8d1d2154e,681ccaf9c0a8016400b98a06818d57c7,1,"
                + "11/03/2024 08:00:00 AM,,Share drive slow,phone\n");
        // this file alone cannot tell 11/05 from 5 November or 11 May: its exporter's format is given
        ImportContext american = withMapping(newYork, "date_format: MM/dd/yyyy hh:mm:ss a\n");
        List<ObservationDraft> first = format.parse(file(getClass(), "incidents-raw.csv"), newYork).observations().stream()
                .filter(o -> o.caseRef().orElseThrow().value().equals(sysId)).toList();
        List<ObservationDraft> both = new java.util.ArrayList<>(first);
        both.addAll(format.parse(later, american).observations());

        List<TicketEvent> before = format.normalise(new CaseId(sysId), first, newYork).events();
        List<TicketEvent> after = format.normalise(new CaseId(sysId), both, newYork).events();

        assertThat(after).containsAll(before.stream().filter(e -> !(e.type().wireName().equals("resolved")
                || (e instanceof StatusChanged s && s.status().equals("Resolved")))).toList());
        assertThat(show(after)).contains("2024-11-05T15:00:00Z status Resolved (resolved)", "2024-11-05T15:00:00Z resolved");
    }
}

package io.witness.sources.halopsa;

import io.witness.sources.psa.Fields;
import io.witness.sources.psa.RecordSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where HaloPSA keeps what Witness reads: the REST API's field names ({@code /api/Tickets},
 * {@code /api/Actions}; spellings differ between versions, so both are accepted), the columns of the
 * {@code faults} table that SQL reports expose ({@code dateoccured}, {@code seriousness},
 * {@code sectio_}…) and common report aliases ({@code Date Opened}, {@code Response State}). Which of
 * these a tenant's export holds is unverified: docs/importers/halopsa.md.
 */
final class HaloFields {

    static final Fields TICKET_ID = Fields.of("the ticket id (id, Ticket ID, faultid)", "id", "Ticket ID", "ID",
            "Ticket Number", "Ticket #", "faultid", "Ref");
    static final Fields SUMMARY = Fields.of("summary", "summary", "symptom", "Subject");
    static final Fields STATUS = Fields.of("status", "status_name", "status", "status_id", "Ticket Status");
    static final Fields PRIORITY = Fields.of("priority", "priority_name", "priority", "priority_id", "seriousness");
    static final Fields IMPACT = Fields.of("impact", "impact_name", "impact");
    static final Fields URGENCY = Fields.of("urgency", "urgency_name", "urgency");
    static final Fields TEAM = Fields.of("team", "team", "team_name", "sectio_", "Section", "Team Name");
    static final Fields USER = Fields.of("user", "user_name", "username", "End User", "User", "Reported By");
    static final Fields CATEGORY = Fields.of("category_1", "category_1", "Category", "Category 1");
    static final Fields SUB_CATEGORY = Fields.of("category_2", "category_2", "Category 2", "Sub Category");
    static final Fields ASSET = Fields.of("asset", "asset_name", "Asset", "Asset Tag");
    static final Fields SOURCE = Fields.of("source", "source_name", "requestsource_name", "Source", "Request Source");
    static final Fields EXTERNAL_REF = Fields.of("an external reference (third_party_id, Customer Reference)",
            "third_party_id", "thirdpartyid", "external_reference", "Customer Reference", "Client Reference",
            "External Reference", "Your Ref");
    static final Fields OPENED = Fields.of("the opening date (dateoccurred, Date Opened)", "dateoccurred", "dateoccured",
            "Date Opened", "Date Logged", "Opened", "Logged", "Date Occurred");
    static final Fields LAST_UPDATE = Fields.of("the last update (lastupdate, Last Update)", "lastupdate", "last_update",
            "Last Update", "Last Updated", "Last Action Date", "lastactiondate");
    static final Fields CLOSED = Fields.of("dateclosed", "dateclosed", "datecleared", "Date Closed", "Closed Date",
            "Date Cleared");

    static final Fields RESPOND_BY = Fields.of("respondbydate", "respondbydate", "FRespondByDate", "Respond By", "Response Due");
    static final Fields RESPONSE_DATE = Fields.of("responsedate", "responsedate", "fresponsedate", "Response Date");
    static final Fields FIRST_RESPONSE = Fields.of("first_responsedate", "first_responsedate", "First Response Date");
    static final Fields RESPONSE_START = Fields.of("responsestartdate", "responsestartdate");
    static final Fields FIX_BY = Fields.of("fixbydate", "fixbydate", "Fix By", "Fix By Date", "Resolution Due");
    static final Fields DEADLINE = Fields.of("deadlinedate", "deadlinedate", "Deadline");
    static final Fields SLA_ACTION_DATE = Fields.of("slaactiondate", "slaactiondate");

    /** The PSA's own SLA fields, kept as its claims. */
    static final List<Fields> CLAIMS = List.of(
            Fields.of("sla", "sla_name", "sla_id", "SLA"),
            Fields.of("slastate", "slastate", "SLA State", "Resolution State"),
            Fields.of("slaresponsestate", "slaresponsestate", "Response State"),
            RESPOND_BY, RESPONSE_DATE, FIRST_RESPONSE, RESPONSE_START, FIX_BY, DEADLINE,
            Fields.of("excludefromsla", "excludefromsla", "FexcludefromSLA", "Exclude From SLA"),
            Fields.of("slaholdtime", "slaholdtime", "SLA Hold Time"),
            SLA_ACTION_DATE,
            Fields.of("slapercused", "slapercused"),
            Fields.of("slatimeleft", "slatimeleft"),
            Fields.of("currentelapsedhours", "currentelapsedhours", "elapsedhrs", "Elapsed Hours"),
            Fields.of("fresponsetime", "fresponsetime", "Response Time"),
            Fields.of("timetaken", "timetaken", "Time Taken"));

    static final Fields ACTION_TICKET = Fields.of("the ticket id (ticket_id)", "ticket_id", "faultid");
    static final Fields ACTION_ID = Fields.of("id", "id", "actionnumber");
    static final Fields ACTION_DATE = Fields.of("datetime", "datetime", "actiondatecreated", "whe_");
    static final Fields ACTION_VERSION = Fields.of("datetime", "datetime", "actiondatecreated");
    static final Fields ACTION_NOTE = Fields.of("note", "note", "note_html");
    static final Fields ACTION_HIDDEN = Fields.of("hiddenfromuser", "hiddenfromuser");
    static final Fields ACTION_AGENT = Fields.of("who_agentid", "who_agentid", "actionby_agent_id");
    static final Fields ACTION_NEW_STATUS = Fields.of("new_status", "new_status_name", "new_status");
    static final Fields ACTION_NEW_TEAM = Fields.of("new_team", "new_team_name", "new_team");

    static final Set<String> TIMES = Fields.lastNames(OPENED, LAST_UPDATE, CLOSED, RESPOND_BY, RESPONSE_DATE,
            FIRST_RESPONSE, RESPONSE_START, FIX_BY, DEADLINE, SLA_ACTION_DATE, ACTION_DATE,
            Fields.of("other Halo times", "dateassigned", "lastactiondate", "datecreated"));

    static final RecordSpec TICKET = new RecordSpec("ticket",
            RecordSpec.hasAny("summary", "dateoccurred", "dateoccured", "status_id", "tickettype_id"), TICKET_ID,
            Optional.empty(), false, LAST_UPDATE, LAST_UPDATE.orElse(OPENED), false, TIMES);
    static final RecordSpec ACTION = new RecordSpec("action",
            RecordSpec.hasAny("ticket_id", "outcome", "hiddenfromuser", "who_agentid"), ACTION_TICKET,
            Optional.of(ACTION_ID), false, ACTION_VERSION, ACTION_DATE, true, TIMES);

    private HaloFields() {
    }
}

package io.witness.sources.connectwise;

import io.witness.sources.psa.Fields;
import io.witness.sources.psa.RecordSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where ConnectWise keeps what Witness reads: the REST API's field names ({@code GET /service/tickets},
 * {@code /system/audittrail}, {@code /service/tickets/{id}/notes}, {@code /time/entries}) and the column
 * labels a board's list view exports (unverified: ConnectWise does not document its export columns, so
 * common labels are accepted; docs/importers/connectwise.md lists them).
 */
final class ConnectWiseFields {

    static final Fields TICKET_ID = Fields.of("the ticket number (id, Ticket #, Ticket Number, Ticket ID, SR Number)",
            "id", "Ticket #", "Ticket Number", "Ticket ID", "Ticket No", "SR Number", "SR #");
    static final Fields SUMMARY = Fields.of("summary", "summary", "Summary Description", "Ticket Summary");
    static final Fields BOARD = Fields.of("board", "board", "Service Board", "Board Name");
    static final Fields TEAM = Fields.of("team", "team", "Team Name");
    static final Fields STATUS = Fields.of("status", "status", "Status Name", "Ticket Status");
    static final Fields PRIORITY = Fields.of("priority", "priority", "Priority Name");
    static final Fields IMPACT = Fields.of("impact", "impact");
    static final Fields SEVERITY = Fields.of("severity", "severity", "urgency");
    static final Fields COMPANY = Fields.of("company", "company", "Company Name");
    static final Fields CONTACT = Fields.of("contact", "contactName", "contact", "Contact Name");
    static final Fields TYPE = Fields.of("type", "type", "Service Type");
    static final Fields SUB_TYPE = Fields.of("subType", "subType", "Sub Type", "Subtype");
    static final Fields ITEM = Fields.of("item", "item", "Service Item");
    static final Fields SOURCE = Fields.of("source", "source", "Ticket Source");
    static final Fields CONFIGURATION = Fields.of("configuration", "configuration", "Configuration", "Config");
    static final Fields EXTERNAL_REF = Fields.of("external reference (externalXRef)", "externalXRef", "External Reference",
            "External Ref", "External XRef", "Ext Ref", "Customer Ticket", "Client Ticket");
    static final Fields ENTERED = Fields.of("the entered date (_info/dateEntered, Date Entered)", "_info/dateEntered",
            "dateEntered", "Date Entered", "Entered", "Entered Date", "Date Opened", "Opened", "Created", "Date Created");
    static final Fields LAST_UPDATED = Fields.of("the last update (_info/lastUpdated, Last Update)", "_info/lastUpdated",
            "lastUpdated", "Last Update", "Last Updated", "Updated", "Date Updated");
    static final Fields CLOSED_DATE = Fields.of("closedDate", "closedDate", "Closed Date", "Date Closed");
    static final Fields CLOSED_FLAG = Fields.of("closedFlag", "closedFlag", "Closed Flag", "Closed");

    static final Fields REQUIRED_DATE = Fields.of("requiredDate", "requiredDate", "Required Date", "Due Date");
    static final Fields DATE_RESPONDED = Fields.of("dateResponded", "dateResponded", "Date Responded", "Responded Date");
    static final Fields DATE_RESPLAN = Fields.of("dateResplan", "dateResplan", "Date Resplan", "Resplan Date");
    static final Fields DATE_RESOLVED = Fields.of("dateResolved", "dateResolved", "Date Resolved", "Resolved Date");
    static final Fields ESCALATION_START = Fields.of("escalationStartDateUTC", "escalationStartDateUTC");

    /** The PSA's own SLA fields and due date, kept as its claims. */
    static final List<Fields> CLAIMS = List.of(
            REQUIRED_DATE,
            Fields.of("sla", "sla", "SLA", "SLA Name"),
            Fields.of("slaStatus", "slaStatus", "SLA Status"),
            Fields.of("isInSla", "isInSla", "Is In SLA", "In SLA"),
            Fields.of("respondedFlag", "respondedFlag", "Responded Flag", "Responded"),
            Fields.of("resplanFlag", "resplanFlag", "Resplan Flag"),
            Fields.of("resolvedFlag", "resolvedFlag", "Resolved Flag"),
            DATE_RESPONDED,
            DATE_RESPLAN,
            DATE_RESOLVED,
            Fields.of("respondMinutes", "respondMinutes", "Respond Minutes", "Response Minutes"),
            Fields.of("resPlanMinutes", "resPlanMinutes", "Res Plan Minutes", "Resplan Minutes"),
            Fields.of("resolveMinutes", "resolveMinutes", "Resolve Minutes", "Resolution Minutes"),
            Fields.of("respondedBy", "respondedBy", "Responded By"),
            Fields.of("respondedHours", "respondedHours", "Responded Hours"),
            Fields.of("resplanHours", "resplanHours"),
            Fields.of("resolutionHours", "resolutionHours", "Resolution Hours"),
            Fields.of("resolvedBy", "resolvedBy", "Resolved By"),
            ESCALATION_START,
            Fields.of("escalationLevel", "escalationLevel"),
            Fields.of("minutesBeforeWaiting", "minutesBeforeWaiting"),
            Fields.of("minutesWaiting", "minutesWaiting", "Minutes Waiting"),
            Fields.of("respondedSkippedMinutes", "respondedSkippedMinutes"),
            Fields.of("resplanSkippedMinutes", "resplanSkippedMinutes"));

    // audit trail entries, notes and time entries
    static final Fields AUDIT_TICKET = Fields.of("the ticket number (ticketId)", "ticketId", "ticket/id", "recordId");
    static final Fields ENTERED_DATE = Fields.of("enteredDate", "enteredDate");
    static final Fields AUDIT_TEXT = Fields.of("text", "text");
    static final Fields AUDIT_SUB_TYPE = Fields.of("auditSubType", "auditSubType");
    static final Fields NOTE_TICKET = Fields.of("the ticket number (ticketId, ticket/id)", "ticketId", "ticket/id");
    static final Fields NOTE_ID = Fields.of("id", "id");
    static final Fields NOTE_DATE = Fields.of("dateCreated (or _info/dateEntered)", "dateCreated", "_info/dateEntered");
    static final Fields NOTE_VERSION = Fields.of("_info/lastUpdated", "_info/lastUpdated", "dateCreated");
    static final Fields ENTRY_TICKET = Fields.of("the ticket (chargeToId)", "chargeToId", "ticket/id");
    static final Fields ENTRY_DATE = Fields.of("dateEntered (or timeEnd, timeStart)", "dateEntered", "_info/dateEntered",
            "timeEnd", "timeStart");
    static final Fields ENTRY_VERSION = Fields.of("_info/lastUpdated", "_info/lastUpdated", "dateEntered");

    static final Set<String> TIMES = Fields.lastNames(ENTERED, LAST_UPDATED, CLOSED_DATE, REQUIRED_DATE, DATE_RESPONDED,
            DATE_RESPLAN, DATE_RESOLVED, ESCALATION_START, ENTERED_DATE, NOTE_DATE, NOTE_VERSION, ENTRY_DATE, ENTRY_VERSION);

    static final RecordSpec TICKET = new RecordSpec("ticket",
            RecordSpec.hasAny("summary", "board", "recordType", "status", "closedFlag"), TICKET_ID, Optional.empty(), false,
            LAST_UPDATED, LAST_UPDATED.orElse(ENTERED), false, TIMES);
    static final RecordSpec AUDIT_ENTRY = new RecordSpec("audit-entry",
            RecordSpec.hasAny("auditType", "auditSubType", "enteredBy"), AUDIT_TICKET, Optional.empty(), true,
            ENTERED_DATE, ENTERED_DATE, true, TIMES);
    static final RecordSpec NOTE = new RecordSpec("ticket-note",
            RecordSpec.hasAny("detailDescriptionFlag", "internalAnalysisFlag", "resolutionFlag", "noteType"), NOTE_TICKET,
            Optional.of(NOTE_ID), false, NOTE_VERSION, NOTE_DATE, true, TIMES);
    static final RecordSpec TIME_ENTRY = new RecordSpec("time-entry",
            RecordSpec.hasAny("chargeToId", "addToDetailDescriptionFlag", "addToInternalAnalysisFlag"), ENTRY_TICKET,
            Optional.of(NOTE_ID), false, ENTRY_VERSION, ENTRY_DATE, true, TIMES);

    private ConnectWiseFields() {
    }
}

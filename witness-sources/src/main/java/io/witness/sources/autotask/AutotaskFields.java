package io.witness.sources.autotask;

import io.witness.sources.psa.Fields;
import io.witness.sources.psa.RecordSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where Autotask keeps what Witness reads: the REST API's field names ({@code Tickets},
 * {@code TicketHistory}, {@code TicketNotes}) and the labels a ticket search exports (unverified:
 * Autotask does not document its CSV columns, so common labels are accepted; docs/importers/autotask.md
 * lists them).
 */
final class AutotaskFields {

    static final Fields TICKET_ID = Fields.of("the ticket id (id, Ticket ID, or else Ticket Number)", "id", "Ticket ID",
            "ID", "Ticket Number", "ticketNumber", "Ticket #");
    static final Fields TITLE = Fields.of("title", "title", "Ticket Title", "Summary");
    static final Fields STATUS = Fields.of("status", "status", "Ticket Status");
    static final Fields PRIORITY = Fields.of("priority", "priority", "Ticket Priority");
    static final Fields QUEUE = Fields.of("queue", "queueID", "Queue", "Queue Name");
    static final Fields CONTACT = Fields.of("contact", "contactID", "Contact", "Contact Name");
    static final Fields ISSUE_TYPE = Fields.of("issueType", "issueType", "Issue Type");
    static final Fields SUB_ISSUE_TYPE = Fields.of("subIssueType", "subIssueType", "Sub-Issue Type", "Sub Issue Type");
    static final Fields SOURCE = Fields.of("source", "source", "Ticket Source");
    static final Fields CONFIGURATION_ITEM = Fields.of("configurationItemID", "configurationItemID", "Configuration Item",
            "Installed Product");
    static final Fields EXTERNAL_ID = Fields.of("externalID", "externalID", "External ID", "External Reference",
            "Customer Ticket", "Client Ticket");
    static final Fields MONITOR = Fields.of("monitorID or rmmAlertID", "monitorID", "rmmAlertID", "RMM Alert ID");
    static final Fields CREATED = Fields.of("the create date (createDate, Created)", "createDate", "Create Date", "Created",
            "Created Date", "Date Created", "Created Date/Time");
    static final Fields LAST_ACTIVITY = Fields.of("the last activity (lastActivityDate, Last Activity Date)",
            "lastActivityDate", "lastTrackedModificationDateTime", "Last Activity Date", "Last Activity", "Last Modified");
    static final Fields COMPLETED = Fields.of("completedDate", "completedDate", "Completed Date", "Complete Date",
            "Date Completed", "Completed Date/Time");

    static final Fields DUE = Fields.of("dueDateTime", "dueDateTime", "Due Date", "Due Date/Time");
    static final Fields FIRST_RESPONSE = Fields.of("firstResponseDateTime", "firstResponseDateTime", "First Response Date",
            "First Response Date/Time", "First Response");
    static final Fields FIRST_RESPONSE_DUE = Fields.of("firstResponseDueDateTime", "firstResponseDueDateTime",
            "First Response Due Date", "First Response Due");
    static final Fields PLAN = Fields.of("resolutionPlanDateTime", "resolutionPlanDateTime", "Resolution Plan Date",
            "Resolution Plan Date/Time");
    static final Fields PLAN_DUE = Fields.of("resolutionPlanDueDateTime", "resolutionPlanDueDateTime",
            "Resolution Plan Due Date", "Resolution Plan Due");
    static final Fields RESOLVED = Fields.of("resolvedDateTime", "resolvedDateTime", "Resolved Date", "Resolved Date/Time");
    static final Fields RESOLVED_DUE = Fields.of("resolvedDueDateTime", "resolvedDueDateTime", "Resolved Due Date",
            "Resolution Due Date", "Resolved Due");

    /** The PSA's own SLA fields and due date, kept as its claims. */
    static final List<Fields> CLAIMS = List.of(
            DUE,
            Fields.of("serviceLevelAgreementID", "serviceLevelAgreementID", "Service Level Agreement", "SLA"),
            Fields.of("serviceLevelAgreementHasBeenMet", "serviceLevelAgreementHasBeenMet", "Service Level Agreement Met",
                    "SLA Met"),
            Fields.of("serviceLevelAgreementPausedNextEventHours", "serviceLevelAgreementPausedNextEventHours"),
            FIRST_RESPONSE,
            FIRST_RESPONSE_DUE,
            Fields.of("firstResponseInitiatingResourceID", "firstResponseInitiatingResourceID"),
            Fields.of("firstResponseAssignedResourceID", "firstResponseAssignedResourceID"),
            PLAN,
            PLAN_DUE,
            RESOLVED,
            RESOLVED_DUE);

    static final Fields HISTORY_TICKET = Fields.of("the ticket id (ticketID)", "ticketID");
    static final Fields ENTRY_ID = Fields.of("id", "id");
    static final Fields HISTORY_DATE = Fields.of("date", "date");
    static final Fields HISTORY_ACTION = Fields.of("action", "action");
    static final Fields HISTORY_DETAIL = Fields.of("detail", "detail");
    static final Fields NOTE_DATE = Fields.of("createDateTime", "createDateTime");
    static final Fields NOTE_VERSION = Fields.of("lastActivityDate", "lastActivityDate", "createDateTime");
    static final Fields NOTE_PUBLISH = Fields.of("publish", "publish");
    static final Fields NOTE_CONTACT = Fields.of("createdByContactID", "createdByContactID");
    static final Fields NOTE_RESOURCE = Fields.of("creatorResourceID", "creatorResourceID");

    static final Set<String> TIMES = Fields.lastNames(CREATED, LAST_ACTIVITY, COMPLETED, DUE, FIRST_RESPONSE,
            FIRST_RESPONSE_DUE, PLAN, PLAN_DUE, RESOLVED, RESOLVED_DUE, HISTORY_DATE, NOTE_DATE, NOTE_VERSION,
            Fields.of("lastCustomerVisibleActivityDateTime", "lastCustomerVisibleActivityDateTime",
                    "lastCustomerNotificationDateTime"));

    static final RecordSpec TICKET = new RecordSpec("ticket",
            RecordSpec.hasAny("ticketNumber", "title", "queueID", "createDate"), TICKET_ID, Optional.empty(), false,
            LAST_ACTIVITY, LAST_ACTIVITY.orElse(CREATED), false, TIMES);
    static final RecordSpec HISTORY = new RecordSpec("ticket-history",
            node -> RecordSpec.hasAny("action").test(node) && RecordSpec.hasAny("detail").test(node), HISTORY_TICKET,
            Optional.of(ENTRY_ID), false, HISTORY_DATE, HISTORY_DATE, true, TIMES);
    static final RecordSpec NOTE = new RecordSpec("ticket-note",
            RecordSpec.hasAny("noteType", "publish"), HISTORY_TICKET, Optional.of(ENTRY_ID), false, NOTE_VERSION,
            NOTE_DATE, true, TIMES);

    private AutotaskFields() {
    }
}

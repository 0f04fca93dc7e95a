package io.witness.sources.autotask;

import io.witness.core.event.ExternalReference;
import io.witness.core.event.Origin;
import io.witness.core.event.TicketDetails;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.psa.PsaRecord;
import io.witness.sources.psa.TicketState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An Autotask ticket record (search export row or REST object) as a {@link TicketState}. */
final class AutotaskTicket {

    private AutotaskTicket() {
    }

    static TicketState state(ObservationDraft observation, PsaRecord record, ImportContext context, AutotaskPicklists picklists) {
        Optional<Instant> opened = record.time(AutotaskFields.CREATED);
        Instant asOf = record.time(AutotaskFields.LAST_ACTIVITY).or(() -> opened).or(observation::claimedAt)
                .orElse(observation.receivedAt());
        Optional<String> channel = picklists.label("source", record.text(AutotaskFields.SOURCE));
        Optional<Origin> origin = record.text(AutotaskFields.MONITOR).filter(id -> !id.equals("0"))
                .map(id -> Origin.MONITORING).or(() -> channel.flatMap(PsaRecord::originOf));
        TicketDetails details = new TicketDetails(
                record.text(AutotaskFields.TITLE),
                record.text(AutotaskFields.CONTACT),
                picklists.label("issueType", record.text(AutotaskFields.ISSUE_TYPE)),
                picklists.label("subIssueType", record.text(AutotaskFields.SUB_ISSUE_TYPE)),
                record.text(AutotaskFields.CONFIGURATION_ITEM),
                channel,
                origin,
                record.text(AutotaskFields.EXTERNAL_ID).map(id -> List.of(PsaRecord.otherSide(context, id)))
                        .orElse(List.<ExternalReference>of()));
        return new TicketState(asOf, observation.receivedAt(), observation.sourceId(), opened,
                picklists.label("status", record.text(AutotaskFields.STATUS)),
                picklists.label("priority", record.text(AutotaskFields.PRIORITY)), Optional.empty(), Optional.empty(),
                picklists.label("queueID", record.text(AutotaskFields.QUEUE)), record.time(AutotaskFields.COMPLETED),
                details, record.claims(AutotaskFields.CLAIMS));
    }
}

package io.witness.sources.halopsa;

import io.witness.core.event.ExternalReference;
import io.witness.core.event.TicketDetails;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.psa.PsaRecord;
import io.witness.sources.psa.TicketState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A HaloPSA ticket record (report row or REST object) as a {@link TicketState}. */
final class HaloTicket {

    private HaloTicket() {
    }

    static TicketState state(ObservationDraft observation, PsaRecord record, ImportContext context) {
        Optional<Instant> opened = record.time(HaloFields.OPENED);
        Instant asOf = record.time(HaloFields.LAST_UPDATE).or(() -> opened).or(observation::claimedAt)
                .orElse(observation.receivedAt());
        Optional<String> channel = record.text(HaloFields.SOURCE);
        TicketDetails details = new TicketDetails(
                record.text(HaloFields.SUMMARY),
                record.text(HaloFields.USER),
                record.text(HaloFields.CATEGORY),
                record.text(HaloFields.SUB_CATEGORY),
                record.text(HaloFields.ASSET),
                channel,
                channel.flatMap(PsaRecord::originOf),
                record.text(HaloFields.EXTERNAL_REF).map(id -> List.of(PsaRecord.otherSide(context, id)))
                        .orElse(List.<ExternalReference>of()));
        return new TicketState(asOf, observation.receivedAt(), observation.sourceId(), opened,
                record.text(HaloFields.STATUS), record.text(HaloFields.PRIORITY), record.text(HaloFields.IMPACT),
                record.text(HaloFields.URGENCY), record.text(HaloFields.TEAM), record.time(HaloFields.CLOSED), details,
                record.claims(HaloFields.CLAIMS));
    }
}

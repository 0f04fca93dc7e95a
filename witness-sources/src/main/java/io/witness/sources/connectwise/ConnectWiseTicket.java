package io.witness.sources.connectwise;

import io.witness.core.event.ExternalReference;
import io.witness.core.event.TicketDetails;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.psa.PsaRecord;
import io.witness.sources.psa.TicketState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A ConnectWise ticket record (export row or REST object) as a {@link TicketState}. */
final class ConnectWiseTicket {

    private ConnectWiseTicket() {
    }

    static Optional<TicketState> state(ObservationDraft observation, PsaRecord record, ImportContext context) {
        Optional<Instant> opened = record.time(ConnectWiseFields.ENTERED);
        Instant asOf = record.time(ConnectWiseFields.LAST_UPDATED).or(() -> opened).or(observation::claimedAt)
                .orElse(observation.receivedAt());
        Optional<String> channel = record.text(ConnectWiseFields.SOURCE);
        TicketDetails details = new TicketDetails(
                record.text(ConnectWiseFields.SUMMARY),
                record.text(ConnectWiseFields.CONTACT),
                record.text(ConnectWiseFields.TYPE),
                record.text(ConnectWiseFields.SUB_TYPE),
                record.text(ConnectWiseFields.CONFIGURATION),
                channel,
                channel.flatMap(PsaRecord::originOf),
                record.text(ConnectWiseFields.EXTERNAL_REF).map(id -> List.of(PsaRecord.otherSide(context, id)))
                        .orElse(List.<ExternalReference>of()));
        Optional<Instant> closedAt = record.saysNo(ConnectWiseFields.CLOSED_FLAG) ? Optional.empty()
                : record.time(ConnectWiseFields.CLOSED_DATE);
        return Optional.of(new TicketState(asOf, observation.receivedAt(), observation.sourceId(), opened,
                record.text(ConnectWiseFields.STATUS), record.text(ConnectWiseFields.PRIORITY),
                record.text(ConnectWiseFields.IMPACT), record.text(ConnectWiseFields.SEVERITY),
                group(record.text(ConnectWiseFields.BOARD), record.text(ConnectWiseFields.TEAM)), closedAt, details,
                record.claims(ConnectWiseFields.CLAIMS)));
    }

    /** The group a ticket sits in: {@code Board / Team}, or whichever of the two is known. */
    static Optional<String> group(Optional<String> board, Optional<String> team) {
        if (board.isPresent() && team.isPresent()) {
            return Optional.of(board.get() + " / " + team.get());
        }
        return board.or(() -> team);
    }
}

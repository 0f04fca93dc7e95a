package io.witness.bench.demo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One incident as the plan has it: when the client logged it and the provider entered it, every public
 * reply of the provider (the first is the response), the stretches the client's record shows it waiting on
 * the caller, and when it was resolved and closed. Times are whole minutes.
 *
 * @param recorded which systems hold the ticket
 * @param referenced whether each side stores the other's ticket number (else they are matched by the fuzzy rules)
 * @param rewrittenReply the first reply's time as a later provider export tells it, when the plan backdates it
 * @param plant the gap planted in this ticket, empty for an ordinary one
 */
record PlannedTicket(int seq, String number, String sysId, long psaId, String priority, Instant opened, Instant entered,
        String requester, String title, String category, String subcategory, String ci, String channel, List<Instant> replies,
        List<Pause> pauses, Instant resolved, Instant closed, Recorded recorded, boolean referenced,
        Optional<Instant> rewrittenReply, String plant) {

    enum Recorded { BOTH, CLIENT_ONLY, PROVIDER_ONLY }

    /** A stretch waiting on the caller, {@code [from, to)}. */
    record Pause(Instant from, Instant to) {
    }

    boolean client() {
        return recorded != Recorded.PROVIDER_ONLY;
    }

    boolean provider() {
        return recorded != Recorded.CLIENT_ONLY;
    }

    /** When the witnessed clocks start: the first moment either side knew of the case. */
    Instant start() {
        if (recorded == Recorded.CLIENT_ONLY) {
            return opened;
        }
        if (recorded == Recorded.PROVIDER_ONLY) {
            return entered;
        }
        return opened.isBefore(entered) ? opened : entered;
    }

    /** When the PSA shows the ticket in progress: at the first reply, or two minutes after a late entry. */
    Instant psaInProgress() {
        return entered.isAfter(opened) ? entered.plusSeconds(120) : replies.isEmpty() ? resolved : replies.get(0);
    }

    String psaPriority() {
        switch (priority) {
            case "P1":
                return "Priority 1 - Emergency Response";
            case "P2":
                return "Priority 2 - Quick Response";
            case "P3":
                return "Priority 3 - Normal Response";
            default:
                return "Priority 4 - Scheduled Maintenance";
        }
    }

    /** ServiceNow's impact and urgency codes giving this priority under the contract's impact x urgency map. */
    int[] impactUrgency() {
        switch (priority) {
            case "P1":
                return new int[] {1, 1};
            case "P2":
                return seq % 2 == 0 ? new int[] {1, 2} : new int[] {2, 1};
            case "P3":
                return new int[] {2, 2};
            default:
                return seq % 3 == 0 ? new int[] {3, 3} : new int[] {2, 3};
        }
    }
}

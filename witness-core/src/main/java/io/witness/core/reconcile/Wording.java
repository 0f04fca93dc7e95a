package io.witness.core.reconcile;

import io.witness.core.clock.Metric;
import io.witness.core.contract.Contract;
import io.witness.core.contract.Party;
import io.witness.core.contract.PartyId;
import io.witness.core.contract.Source;
import io.witness.core.contract.SourceKind;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How reconciliation says things: times in the contract's zone ({@code 14:31}, or {@code 3 Mar 00:52} on
 * another day than the case opened), amounts ({@code 8 minutes}, {@code 2 h 47 min}), and each side's
 * system by its kind ("its PSA", "ServiceNow").
 */
final class Wording {

    private final Contract contract;
    private final ZoneId zone;

    private final java.util.Map<PartyId, SourceKind> kinds = new java.util.HashMap<>();

    Wording(Contract contract) {
        this.contract = contract;
        this.zone = contract.header().zone();
        for (Party party : contract.parties().all()) {
            kinds.put(party.id(), party.ticketSource().map(Source::kind).orElse(SourceKind.OTHER_TICKETS));
        }
    }

    ZoneId zone() {
        return zone;
    }

    /** {@code 14:31} on the day of {@code day}, else {@code 3 Mar 00:52}. */
    String time(Instant instant, Instant day) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofInstant(instant, zone);
        StringBuilder text = new StringBuilder(12);
        if (!t.toLocalDate().equals(LocalDate.ofInstant(day, zone))) {
            text.append(t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ');
        }
        two(text, t.getHour()).append(':');
        return two(text, t.getMinute()).toString();
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static StringBuilder two(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** {@code 2026-03-02 22:05}. */
    String dated(Instant instant) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofInstant(instant, zone);
        StringBuilder text = new StringBuilder(16).append(t.getYear()).append('-');
        two(text, t.getMonthValue()).append('-');
        two(text, t.getDayOfMonth()).append(' ');
        two(text, t.getHour()).append(':');
        return two(text, t.getMinute()).toString();
    }

    /** {@code 8 minutes} under an hour, else {@code 2 h 47 min}. */
    static String amount(Duration duration) {
        long minutes = duration.abs().toMinutes();
        if (minutes < 60) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        return Durations.words(duration.abs());
    }

    /** {@code a 30-minute response}, {@code a 4-hour resolution}, {@code a 2 h 30 min plan}. */
    static String promise(Duration target, Metric metric) {
        long minutes = target.toMinutes();
        String length = minutes < 60 ? minutes + "-minute"
                : minutes % 60 == 0 ? minutes / 60 + "-hour" : Durations.words(target);
        return "a " + length + " " + noun(metric);
    }

    static String noun(Metric metric) {
        return switch (metric) {
            case RESPONSE -> "response";
            case PLAN -> "plan";
            case RESOLUTION -> "resolution";
            case NEXT_REPLY -> "reply";
            case PERIODIC_UPDATE -> "update";
        };
    }

    /** What an event is, as a stop: {@code reply}, {@code resolution}… */
    static String what(TicketEvent event) {
        return switch (event.type()) {
            case OPENED -> "opening";
            case RESOLVED -> "resolution";
            case CLOSED -> "closing";
            case COMMENT -> "public comment";
            default -> event.type().wireName();
        };
    }

    /** "ServiceNow", "the PSA", "the client's record": the subject of "… shows". */
    String system(Side side, PartyId provider) {
        SourceKind kind = kind(side, provider);
        return switch (kind) {
            case SERVICENOW -> "ServiceNow";
            case JIRA_SERVICE_MANAGEMENT -> "Jira";
            case CONNECTWISE_PSA, AUTOTASK, HALOPSA -> "the PSA";
            case SPREADSHEET -> "the " + side.wireName() + "'s tracker";
            default -> "the " + side.wireName() + "'s record";
        };
    }

    /** "its PSA", "its ServiceNow", "its record". */
    String its(Side side, PartyId provider) {
        SourceKind kind = kind(side, provider);
        return switch (kind) {
            case SERVICENOW -> "its ServiceNow";
            case JIRA_SERVICE_MANAGEMENT -> "its Jira";
            case CONNECTWISE_PSA, AUTOTASK, HALOPSA -> "its PSA";
            case SPREADSHEET -> "its tracker";
            default -> "its record";
        };
    }

    private SourceKind kind(Side side, PartyId provider) {
        PartyId party = side == Side.CLIENT ? contract.parties().client().id()
                : kinds.containsKey(provider) ? provider : contract.parties().providers().get(0).id();
        return kinds.get(party);
    }
}

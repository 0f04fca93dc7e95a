package io.witness.core.kpi;

import static io.witness.core.event.Side.CLIENT;
import static io.witness.core.event.Side.PROVIDER;

import io.witness.core.event.Origin;
import io.witness.core.reconcile.Case;
import java.time.Instant;
import java.util.List;

/**
 * Nine cases of January and February 2026 (Monday 5 January is the first), each with what makes it
 * count; the tests work out every figure from these lines by hand.
 */
public final class TwoMonthsOfCases {

    /** After both months: Monday 2 March 2026, 07:00 in New York. */
    public static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private TwoMonthsOfCases() {
    }

    public static List<Case> all() {
        return List.of(a(), b(), c(), d(), e(), f(), g(), h(), i());
    }

    /** P2 e-mail, both sides agree: answered in 30 min, resolved in 2 h, one tier-1 group. */
    public static Case a() {
        return Story.of("INC1")
                .opened(CLIENT, "01-05 09:00", "P2").details(CLIENT, "01-05 09:00", "Email", "mail-01", Origin.USER)
                .opened(PROVIDER, "01-05 09:05", "P2").assigned(PROVIDER, "01-05 09:05", "Service Desk", 1)
                .reply(PROVIDER, "01-05 09:30").reply(CLIENT, "01-05 09:31")
                .resolved(PROVIDER, "01-05 11:00").resolved(CLIENT, "01-05 11:02")
                .kase();
    }

    /**
     * P1 firewall down, found by the provider's monitoring: answered in 2 h 47 min against 30 min,
     * resolved in 4 h 30 min against 4 h; escalated to tier 2 after 1 h and tier 3 after 3 h.
     */
    public static Case b() {
        return Story.of("INC2")
                .opened(CLIENT, "01-06 14:00", "P1").details(CLIENT, "01-06 14:00", "Network", "fw-01", Origin.USER)
                .opened(PROVIDER, "01-06 14:20", "P1").details(PROVIDER, "01-06 14:20", null, null, Origin.MONITORING)
                .assigned(PROVIDER, "01-06 14:20", "Service Desk", 1)
                .assigned(PROVIDER, "01-06 15:00", "Network Team", 2)
                .assigned(PROVIDER, "01-06 17:00", "Firewall Vendor", 3)
                .reply(PROVIDER, "01-06 16:47")
                .resolved(PROVIDER, "01-06 18:30").resolved(CLIENT, "01-06 18:35")
                .kase();
    }

    /** P3 e-mail again (mail-01, two days after A), reopened twice by the client; 15 business hours in all. */
    public static Case c() {
        return Story.of("INC3")
                .opened(CLIENT, "01-07 10:00", "P3").details(CLIENT, "01-07 10:00", "Email", "mail-01", Origin.USER)
                .opened(PROVIDER, "01-07 10:00", "P3").assigned(PROVIDER, "01-07 10:00", "Service Desk", 1)
                .reply(PROVIDER, "01-07 11:00")
                .resolved(PROVIDER, "01-08 10:00")
                .reopened(CLIENT, "01-08 12:00").reopened(PROVIDER, "01-08 12:05")
                .resolved(PROVIDER, "01-08 15:00")
                .reopened(CLIENT, "01-09 09:00").reopened(PROVIDER, "01-09 09:10")
                .resolved(PROVIDER, "01-09 11:00").resolved(CLIENT, "01-09 11:05")
                .kase();
    }

    /** Opened P3, raised to P2 by both sides within 25 min; its clocks keep P3, its case priority is P2. */
    public static Case d() {
        return Story.of("INC4")
                .opened(CLIENT, "01-12 09:00", "P3").details(CLIENT, "01-12 09:00", "Printing", null, Origin.USER)
                .opened(PROVIDER, "01-12 09:10", "P3").assigned(PROVIDER, "01-12 09:10", "Service Desk", 1)
                .priority(CLIENT, "01-12 09:20", "P2").priority(PROVIDER, "01-12 09:25", "P2")
                .assigned(PROVIDER, "01-12 10:00", "Service Desk", 1)
                .reply(PROVIDER, "01-12 10:30")
                .resolved(PROVIDER, "01-12 13:00")
                .kase();
    }

    /** P3 e-mail (mail-01, 21 days after C) the provider never recorded: never answered, still open. */
    public static Case e() {
        return Story.of("INC5")
                .opened(CLIENT, "01-28 16:00", "P3").details(CLIENT, "01-28 16:00", "Email", "mail-01", Origin.USER)
                .kase();
    }

    /** P4 access request answered in 30 min, then cancelled by the client and then by the provider. */
    public static Case f() {
        return Story.of("INC6")
                .opened(CLIENT, "01-15 09:00", "P4").details(CLIENT, "01-15 09:00", "Access", null, Origin.USER)
                .opened(PROVIDER, "01-15 09:00", "P4")
                .reply(PROVIDER, "01-15 09:30")
                .status(CLIENT, "01-15 10:00", "Canceled").status(PROVIDER, "01-15 10:01", "Cancelled")
                .kase();
    }

    /** P2 e-mail from monitoring, answered in 1 h 30 min against 1 h, moved to another tier-1 group. */
    public static Case g() {
        return Story.of("INC7")
                .opened(CLIENT, "02-02 09:00", "P2").details(CLIENT, "02-02 09:00", "Email", "mail-02", null)
                .opened(PROVIDER, "02-02 09:00", "P2").details(PROVIDER, "02-02 09:00", null, null, Origin.MONITORING)
                .assigned(PROVIDER, "02-02 09:00", "Service Desk", 1).assigned(PROVIDER, "02-02 09:30", "Messaging", 1)
                .reply(PROVIDER, "02-02 10:30")
                .resolved(PROVIDER, "02-02 12:00")
                .kase();
    }

    /** P2 firewall again (fw-01, 28 days after B): answered in 20 min, resolved in 1 h. */
    public static Case h() {
        return Story.of("INC8")
                .opened(CLIENT, "02-03 10:00", "P2").details(CLIENT, "02-03 10:00", "Network", "fw-01", Origin.USER)
                .opened(PROVIDER, "02-03 10:02").assigned(PROVIDER, "02-03 10:02", "Service Desk", 1)
                .reply(PROVIDER, "02-03 10:20")
                .resolved(PROVIDER, "02-03 11:00")
                .kase();
    }

    /** P3 printing (46 days after D), answered in 30 min, still open at the end of February. */
    public static Case i() {
        return Story.of("INC9")
                .opened(CLIENT, "02-27 09:00", "P3").details(CLIENT, "02-27 09:00", "Printing", null, Origin.USER)
                .opened(PROVIDER, "02-27 09:05", "P3")
                .reply(PROVIDER, "02-27 09:30")
                .kase();
    }
}

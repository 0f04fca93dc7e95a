package io.witness.core.kpi;

import static io.witness.core.event.Side.CLIENT;
import static io.witness.core.event.Side.PROVIDER;
import static io.witness.core.event.Side.WITNESS;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.ExternalReference;
import io.witness.core.event.Origin;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.TicketDetails;
import io.witness.core.reconcile.Case;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a case's life is read on each timeline (docs/kpis.md, "A case on each timeline"). */
class CaseLifeOnEachTimelineTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final ProviderRules RULES = Scenarios.januaryAndFebruary(NOW).rulesFor(Story.NORTHWIND);

    @Test
    void onTheWitnessedTimelineOnlyTheProviderResolves() {
        Case kase = Story.of("C1").opened(CLIENT, "01-05 09:00", "P3").opened(PROVIDER, "01-05 09:05", "P3")
                .resolved(CLIENT, "01-05 10:00").kase();
        assertThat(profile(kase, WITNESS).outcome()).isEqualTo(CaseProfile.Outcome.OPEN);
        assertThat(profile(kase, CLIENT).outcome()).isEqualTo(CaseProfile.Outcome.RESOLVED);
        assertThat(profile(kase, CLIENT).resolvedAt()).isEqualTo(Story.at("01-05 10:00").toEpochMilli());
    }

    @Test
    void aReopeningCountsFromEitherSideButOnlyOnceForBoth() {
        Case kase = Story.of("C2").opened(CLIENT, "01-05 09:00", "P3").opened(PROVIDER, "01-05 09:00", "P3")
                .resolved(PROVIDER, "01-05 10:00").reopened(CLIENT, "01-05 11:00").reopened(PROVIDER, "01-05 11:30")
                .resolved(PROVIDER, "01-05 12:00").kase();
        CaseProfile witnessed = profile(kase, WITNESS);
        assertThat(witnessed.reopens()).isEqualTo(1);
        assertThat(witnessed.openSpells()).containsExactly(
                new long[] {millis("01-05 09:00"), millis("01-05 10:00")},
                new long[] {millis("01-05 11:00"), millis("01-05 12:00")});
        assertThat(witnessed.resolvedAt()).isEqualTo(millis("01-05 12:00"));
    }

    @Test
    void theClientsStatusDoesNotReopenWhatTheProviderResolved() {
        Case kase = Story.of("C3").opened(CLIENT, "01-05 09:00", "P3").opened(PROVIDER, "01-05 09:00", "P3")
                .resolved(PROVIDER, "01-05 10:00").status(CLIENT, "01-05 10:05", "In Progress").kase();
        assertThat(profile(kase, WITNESS).reopens()).isZero();
        assertThat(profile(kase, WITNESS).outcome()).isEqualTo(CaseProfile.Outcome.RESOLVED);
    }

    @Test
    void statusesResolveAndReopenByTheirClass() {
        Case kase = Story.of("C4").opened(PROVIDER, "01-05 09:00", "P3").status(PROVIDER, "01-05 10:00", "Completed")
                .status(PROVIDER, "01-05 11:00", "In Progress").status(PROVIDER, "01-05 12:00", "Completed")
                .closed(PROVIDER, "01-06 12:00").kase();
        CaseProfile provider = profile(kase, PROVIDER);
        assertThat(provider.reopens()).isEqualTo(1);
        // Closing what is resolved changes nothing: the resolution stays at 12:00 the day before.
        assertThat(provider.resolvedAt()).isEqualTo(millis("01-05 12:00"));
    }

    @Test
    void aCancelledCaseIsNeitherOpenNorResolved() {
        Case kase = Story.of("C5").opened(PROVIDER, "01-05 09:00", "P3").status(PROVIDER, "01-05 10:00", "Cancelled")
                .kase();
        CaseProfile provider = profile(kase, PROVIDER);
        assertThat(provider.outcome()).isEqualTo(CaseProfile.Outcome.CANCELLED);
        assertThat(provider.resolvedAt()).isEqualTo(CaseProfile.NONE);
        assertThat(provider.isOpenAtEnd(millis("01-06 00:00"))).isFalse();
        assertThat(provider.fixedFirstTime()).isFalse();
    }

    @Test
    void aCaseResolvedAtThePeriodsEndWasStillOpenInIt() {
        Case kase = Story.of("C6").opened(PROVIDER, "01-31 09:00", "P3").resolved(PROVIDER, "02-01 00:00").kase();
        CaseProfile provider = profile(kase, PROVIDER);
        assertThat(provider.isOpenAtEnd(millis("02-01 00:00"))).isTrue();
        assertThat(provider.isOpenAtEnd(millis("02-01 00:00") + 1)).isFalse();
        assertThat(provider.isOpenAtEnd(millis("01-31 09:00"))).isFalse();
    }

    @Test
    void whatIsClaimedAfterNowIsNotYetKnown() {
        Case kase = Story.of("C7").opened(PROVIDER, "01-05 09:00", "P3").resolved(PROVIDER, "03-05 09:00").kase();
        assertThat(profile(kase, PROVIDER).outcome()).isEqualTo(CaseProfile.Outcome.OPEN);
        Case later = Story.of("C8").opened(PROVIDER, "03-05 09:00", "P3").kase();
        assertThat(CaseProfiles.of(later, List.of(), PROVIDER, RULES, NOW)).isEmpty();
    }

    @Test
    void aSideThatNeverRecordedTheCaseHasNoProfileAndTheWitnessReadsTheOther() {
        Case kase = Story.of("C9").opened(CLIENT, "01-05 09:00", "P2").kase();
        assertThat(CaseProfiles.of(kase, List.of(), PROVIDER, RULES, NOW)).isEmpty();
        assertThat(profile(kase, WITNESS).openedAt()).isEqualTo(millis("01-05 09:00"));
        assertThat(profile(kase, WITNESS).priority()).contains(new Priority("P2"));
    }

    @Test
    void anEscalationIsALaterAssignmentAboveEveryTierBefore() {
        assertThat(assignments(Story.of("A1").opened(PROVIDER, "01-05 09:00", "P3")
                .assigned(PROVIDER, "01-05 09:00", "Network", 2))).isEqualTo(
                        new CaseProfile.Assignments(false, false, 2, millis("01-05 09:00"), CaseProfile.NONE));
        assertThat(assignments(Story.of("A2").opened(PROVIDER, "01-05 09:00", "P3")
                .assigned(PROVIDER, "01-05 09:00", "Desk", 0).assigned(PROVIDER, "01-05 09:10", "Desk", 1)))
                .isEqualTo(new CaseProfile.Assignments(false, false, 1, CaseProfile.NONE, CaseProfile.NONE));
        assertThat(assignments(Story.of("A3").opened(PROVIDER, "01-05 09:00", "P3")
                .assigned(PROVIDER, "01-05 09:00", "Network", 2).assigned(PROVIDER, "01-05 09:30", "Servers", 2)))
                .isEqualTo(new CaseProfile.Assignments(true, false, 2, millis("01-05 09:00"), CaseProfile.NONE));
        assertThat(assignments(Story.of("A4").opened(PROVIDER, "01-05 09:00", "P3")
                .assigned(PROVIDER, "01-05 09:00", "Desk", 1).assigned(PROVIDER, "01-05 09:30", "Desk", 3)))
                .isEqualTo(new CaseProfile.Assignments(false, true, 3, millis("01-05 09:30"), millis("01-05 09:30")));
    }

    @Test
    void assignmentsAfterTheResolutionDoNotSpoilTheFix() {
        Case kase = Story.of("A5").opened(PROVIDER, "01-05 09:00", "P3").assigned(PROVIDER, "01-05 09:00", "Desk", 1)
                .resolved(PROVIDER, "01-05 10:00").assigned(PROVIDER, "01-05 10:30", "Closure queue", 1).kase();
        assertThat(profile(kase, PROVIDER).fixedFirstTime()).isTrue();
    }

    @Test
    void theWitnessReadsTheProvidersAssignmentsWhenItHasAny() {
        Case kase = Story.of("A6").opened(CLIENT, "01-05 09:00", "P3").assigned(CLIENT, "01-05 09:00", "Northwind", 0)
                .opened(PROVIDER, "01-05 09:05", "P3").assigned(PROVIDER, "01-05 09:05", "Desk", 1).kase();
        assertThat(profile(kase, WITNESS).assignments().reassigned()).isFalse();
        assertThat(profile(kase, WITNESS).assignments().highestTier()).isEqualTo(1);
    }

    @Test
    void theWitnessTakesEachDetailFromTheClientsRecordFirst() {
        TicketDetails client = new TicketDetails(Optional.of("Mail down"), Optional.empty(), Optional.of("Email"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Origin.USER),
                List.of(new ExternalReference("psa", "T1")));
        TicketDetails provider = new TicketDetails(Optional.of("Exchange outage"), Optional.of("Dana"),
                Optional.of("Messaging"), Optional.empty(), Optional.of("mail-01"), Optional.empty(),
                Optional.of(Origin.MONITORING), List.of(new ExternalReference("servicenow", "INC1")));
        Case kase = Story.of("D1").opened(CLIENT, "01-05 09:00", "P3").details(CLIENT, "01-05 09:00", client)
                .opened(PROVIDER, "01-05 09:00", "P3").details(PROVIDER, "01-05 09:00", provider).kase();
        assertThat(profile(kase, WITNESS).details()).isEqualTo(new TicketDetails(Optional.of("Mail down"),
                Optional.of("Dana"), Optional.of("Email"), Optional.empty(), Optional.of("mail-01"), Optional.empty(),
                Optional.of(Origin.MONITORING),
                List.of(new ExternalReference("psa", "T1"), new ExternalReference("servicenow", "INC1"))));
    }

    @Test
    void aLaterDetailsEventKeepsWhatItLeavesOut() {
        Case kase = Story.of("D2").opened(CLIENT, "01-05 09:00", "P3")
                .details(CLIENT, "01-05 09:00", "Email", "mail-01", Origin.USER)
                .details(CLIENT, "01-05 10:00", "Messaging", null, null).kase();
        TicketDetails details = profile(kase, CLIENT).details();
        assertThat(details.category()).contains("Messaging");
        assertThat(details.configurationItem()).contains("mail-01");
        assertThat(details.origin()).contains(Origin.USER);
    }

    private static CaseProfile.Assignments assignments(Story story) {
        return profile(story.kase(), PROVIDER).assignments();
    }

    private static CaseProfile profile(Case kase, Side timeline) {
        return CaseProfiles.of(kase, List.of(), timeline, RULES, NOW).orElseThrow();
    }

    private static long millis(String when) {
        return Story.at(when).toEpochMilli();
    }
}

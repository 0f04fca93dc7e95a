package io.witness.core.reconcile;

import static io.witness.core.reconcile.Scenario.correlate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.event.CaseId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrelatingTicketsTest {

    private static final String CLIENT_OPENS = """
            {"case":"INC0010003","side":"client","type":"opened","at":"2026-03-04T14:23:00Z","priority":"P1"}""";
    private static final String PROVIDER_OPENS = """
            {"case":"T1001","side":"provider","type":"opened","at":"2026-03-04T14:31:00Z","priority":"P1"}""";

    @Test
    void pairsTicketsRecordedUnderTheSameId() {
        Correlated result = correlate(
                "{\"case\":\"INC1\",\"side\":\"client\",\"type\":\"opened\",\"at\":\"2026-03-04T14:23:00Z\"}",
                "{\"case\":\"INC1\",\"side\":\"provider\",\"type\":\"opened\",\"at\":\"2026-03-04T14:31:00Z\"}");

        assertThat(result.cases()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(new CaseId("INC1"));
            assertThat(c.match()).isEqualTo(new Match(MatchMethod.SAME_ID, 1, "both sides recorded the ticket as INC1"));
            assertThat(c.events()).hasSize(2);
        });
    }

    @Test
    void pairsByTheReferenceTheClientStores() {
        Correlated result = correlate(CLIENT_OPENS, PROVIDER_OPENS, """
                {"case":"INC0010003","side":"client","type":"details","at":"2026-03-04T14:23:00Z","refs":[{"system":"connectwise","id":"T1001"}]}""");

        Case only = result.cases().get(0);
        assertThat(result.cases()).hasSize(1);
        assertThat(only.id()).isEqualTo(new CaseId("INC0010003"));
        assertThat(only.providerTicket().orElseThrow().id()).isEqualTo(new CaseId("T1001"));
        assertThat(only.provider()).isEqualTo(Scenario.PROVIDER);
        assertThat(only.match()).isEqualTo(new Match(MatchMethod.REFERENCE, 0.95,
                "the client's INC0010003 stores the provider's ticket T1001 (connectwise)"));
    }

    @Test
    void pairsByTheReferenceTheProviderStores() {
        Correlated result = correlate(CLIENT_OPENS, PROVIDER_OPENS, """
                {"case":"T1001","side":"provider","type":"details","at":"2026-03-04T14:31:00Z","refs":[{"system":"servicenow","id":"inc0010003"}]}""");

        assertThat(result.cases()).singleElement().extracting(Case::match).isEqualTo(new Match(MatchMethod.REFERENCE, 0.95,
                "the provider's T1001 stores the client's ticket INC0010003"));
    }

    @Test
    void isCertainWhenEachStoresTheOther() {
        Correlated result = correlate(CLIENT_OPENS, PROVIDER_OPENS, """
                {"case":"INC0010003","side":"client","type":"details","at":"2026-03-04T14:23:00Z","refs":[{"system":"connectwise","id":"T1001"}]}""", """
                {"case":"T1001","side":"provider","type":"details","at":"2026-03-04T14:31:00Z","refs":[{"system":"servicenow","id":"INC0010003"}]}""");

        assertThat(result.cases()).singleElement().extracting(Case::match).isEqualTo(new Match(MatchMethod.REFERENCE, 1,
                "the client's INC0010003 stores the provider's T1001 and T1001 stores INC0010003"));
        assertThat(result.ambiguities()).isEmpty();
    }

    @Test
    void pairsByRequesterTitleAndOpeningWhenNoReferenceTiesThem() {
        Correlated result = correlate(CLIENT_OPENS, PROVIDER_OPENS, """
                {"case":"INC0010003","side":"client","type":"details","at":"2026-03-04T14:23:00Z","title":"Outlook not syncing on laptop","requester":"Dana Reyes"}""", """
                {"case":"T1001","side":"provider","type":"details","at":"2026-03-04T14:31:00Z","title":"Laptop - Outlook won't sync","requester":"dana  reyes"}""");

        // words {outlook, syncing, laptop} and {laptop, outlook, won, sync}: 2 shared of 5, 0.4 >= 0.3 with the
        // same requester; score 0.5 x 0.4 + 0.3 + 0.2 x (1 - 8 min / 240 min) = 0.2 + 0.3 + 0.1933 = 0.69
        assertThat(result.cases()).singleElement().extracting(Case::match).isEqualTo(new Match(MatchMethod.FUZZY, 0.69,
                "no reference either way; same requester (Dana Reyes); 40% of title words shared ('Outlook not syncing on"
                        + " laptop' and 'Laptop - Outlook won't sync'); opened 8 min apart (within 4 h)"));
    }

    @Test
    void doesNotPairTicketsOfDifferentRequesters() {
        Correlated result = correlate(CLIENT_OPENS, PROVIDER_OPENS, """
                {"case":"INC0010003","side":"client","type":"details","at":"2026-03-04T14:23:00Z","title":"Printer jam","requester":"Dana Reyes"}""", """
                {"case":"T1001","side":"provider","type":"details","at":"2026-03-04T14:31:00Z","title":"Printer jam","requester":"Sam Ito"}""");

        assertThat(result.cases()).hasSize(2).allSatisfy(c -> assertThat(c.isOneSided()).isTrue());
    }

    @Test
    void doesNotPairTicketsOpenedFurtherApartThanTheWindow() {
        Correlated result = correlate(CLIENT_OPENS, """
                {"case":"T1001","side":"provider","type":"opened","at":"2026-03-04T18:24:00Z"}""", """
                {"case":"INC0010003","side":"client","type":"details","at":"2026-03-04T14:23:00Z","title":"Printer jam"}""", """
                {"case":"T1001","side":"provider","type":"details","at":"2026-03-04T18:24:00Z","title":"Printer jam"}""");

        assertThat(result.cases()).extracting(c -> c.match().method())
                .containsExactly(MatchMethod.ONE_SIDE_ONLY, MatchMethod.ONE_SIDE_ONLY);
    }

    @Test
    void makesATicketTheProviderNeverRecordedACaseOfItsOwn() {
        Correlated result = correlate(CLIENT_OPENS);

        Case only = result.cases().get(0);
        assertThat(only.isOneSided()).isTrue();
        assertThat(only.providerTicket()).isEmpty();
        assertThat(only.provider()).isEqualTo(Scenario.PROVIDER);
        assertThat(only.timelines()).extracting(s -> s.wireName()).containsExactly("client");
        assertThat(only.match()).isEqualTo(new Match(MatchMethod.ONE_SIDE_ONLY, 1, "only the client recorded INC0010003:"
                + " no provider ticket has its id, refers to it or is referred to by it, or matches its requester, title"
                + " and opening within 4 h"));
    }

    @Test
    void choosesTheCloserOpeningWhenTwoTicketsFitEquallyAndSaysSo() {
        String[] lines = {CLIENT_OPENS, PROVIDER_OPENS, """
                {"case":"T1002","side":"provider","type":"opened","at":"2026-03-04T14:53:00Z"}""", """
                {"case":"INC0010003","side":"client","type":"details","at":"2026-03-04T14:23:00Z","title":"VPN drops every hour"}""", """
                {"case":"T1001","side":"provider","type":"details","at":"2026-03-04T14:31:00Z","title":"VPN drops every hour"}""", """
                {"case":"T1002","side":"provider","type":"details","at":"2026-03-04T14:53:00Z","title":"VPN drops every hour"}"""};

        Correlated result = correlate(lines);

        // scores: T1001 0.5 + 0.2 x (1 - 8/240) = 0.69; T1002 0.5 + 0.2 x (1 - 30/240) = 0.675 -> 0.68; within 0.1
        assertThat(result.cases()).extracting(c -> c.id().value() + "/" + c.match().method().wireName())
                .containsExactly("INC0010003/fuzzy", "T1002/one-side-only");
        assertThat(result.ambiguities()).containsExactly(new Ambiguity("client INC0010003", "provider T1001",
                List.of("provider T1002"), "client INC0010003 could be T1001 or T1002; T1001 was chosen: its score 0.69"
                        + " is higher than T1002's 0.68"));
    }

    @Test
    void givesTheSameCasesWhateverTheOrderOfTheTickets() {
        List<Ticket> tickets = new java.util.ArrayList<>(Scenario.tickets(CLIENT_OPENS, PROVIDER_OPENS, """
                {"case":"T1002","side":"provider","type":"opened","at":"2026-03-04T14:31:00Z"}""", """
                {"case":"INC0010003","side":"client","type":"details","at":"2026-03-04T14:23:00Z","refs":[{"system":"cw","id":"T1001"},{"system":"cw","id":"T1002"}]}"""));
        Correlated forward = Correlation.withDefaults().correlate(tickets, Scenario.PROVIDER);
        Collections.reverse(tickets);
        Correlated backward = Correlation.withDefaults().correlate(tickets, Scenario.PROVIDER);

        assertThat(backward).isEqualTo(forward);
        assertThat(forward.ambiguities()).singleElement().extracting(Ambiguity::reason)
                .isEqualTo("client INC0010003 could be T1001 or T1002; T1001 was chosen: the tie is broken by the lower ticket id");
    }

    @Test
    void refusesTwoTicketsOfOneSideWithOneId() {
        List<Ticket> twice = List.of(Scenario.tickets(CLIENT_OPENS).get(0), Scenario.tickets(CLIENT_OPENS).get(0));

        assertThatThrownBy(() -> Correlation.withDefaults().correlate(twice, Scenario.PROVIDER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two client tickets have the id INC0010003");
    }
}

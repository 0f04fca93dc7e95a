package io.witness.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceListTest {

    @Test
    void givesTheReferencesGivenThenOneAnObservationAndEqualsTheListOfThem() {
        List<EvidenceRef> evidence = EvidenceList.of(new EvidenceRef[] {EvidenceRef.ofCase("INC1")},
                ObservationNames.both(ObservationNames.of("acme", new long[] {4, 5}), ObservationNames.of("acme", new long[] {9})));

        List<EvidenceRef> expected = List.of(EvidenceRef.ofCase("INC1"), EvidenceRef.observation("acme#4"),
                EvidenceRef.observation("acme#5"), EvidenceRef.observation("acme#9"));
        assertThat(evidence).isEqualTo(expected);
        assertThat(evidence.hashCode()).isEqualTo(expected.hashCode());
        assertThatThrownBy(() -> evidence.add(EvidenceRef.ofCase("INC2"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> evidence.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aHeadMakesItsReferencesWhenReadAndTheListEqualsTheListOfThem() {
        int[] made = {0};
        EvidenceList.Head head = new EvidenceList.Head() {
            @Override
            public int size() {
                return 2;
            }

            @Override
            public EvidenceRef get(int index) {
                made[0]++;
                return index == 0 ? new EvidenceRef("clock", "INC1/response/witness/1") : EvidenceRef.ofCase("INC1");
            }
        };
        List<EvidenceRef> evidence = EvidenceList.of(head, ObservationNames.of("acme", new long[] {7}));

        assertThat(made[0]).isZero();
        assertThat(evidence).isInstanceOf(EvidenceList.class).containsExactly(new EvidenceRef("clock", "INC1/response/witness/1"),
                EvidenceRef.ofCase("INC1"), EvidenceRef.observation("acme#7"));
        assertThat(((EvidenceList) evidence).head()).isSameAs(head);
        assertThat(((EvidenceList) evidence).headSize()).isEqualTo(2);
        assertThat(EvidenceList.of(head, List.of())).hasSize(2);
        assertThatThrownBy(() -> evidence.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aFindingKeepsItAsItIs() {
        List<EvidenceRef> evidence = EvidenceList.of(new EvidenceRef[] {EvidenceRef.ofCase("INC1")},
                ObservationNames.of("acme", new long[] {1}));
        Finding finding = new Finding("f/INC1", new FindingKind("sla-breach"), Severity.LOW, "INC1: a title", "Words.",
                java.util.Optional.empty(), java.util.Optional.empty(), java.time.Instant.parse("2026-03-02T10:00:00Z"),
                evidence, java.util.Optional.empty());

        assertThat(finding.evidence()).isSameAs(evidence);
    }

    @Test
    void namesOfTwoTenantsOrPlainListsAreJoinedAsNames() {
        assertThat(ObservationNames.both(ObservationNames.of("acme", new long[] {1}), List.of("other#2")))
                .containsExactly("acme#1", "other#2");
        assertThat(ObservationNames.both(List.of(), ObservationNames.of("acme", new long[] {3}))).containsExactly("acme#3");
    }
}

package io.witness.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.testing.Drafts;
import io.witness.ledger.testing.TestPostgres;
import io.witness.ledger.verify.LedgerVerifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import that must be all or nothing: {@link Ledger#appendAll} and the reads an importer needs (#6). */
class LedgerAppendAllTest {

    private static LedgerDatabase database;
    private static Ledger ledger;
    private static SigningKey key;

    @BeforeAll
    static void open(@TempDir Path keys) throws IOException {
        database = TestPostgres.newLedgerDatabase();
        key = SigningKey.loadOrCreate(keys);
        ledger = new Ledger(database, key, 7);
    }

    @AfterAll
    static void close() throws IOException {
        database.close();
    }

    @Test
    void appendsEveryBatchAndTellsTheProgress() {
        TenantId tenant = TenantId.of("all-progress");
        List<Long> progress = new ArrayList<>();

        AppendResult result = ledger.appendAll(tenant, Drafts.series(0, 20, 5), progress::add);

        assertThat(result).isEqualTo(new AppendResult(20, 0, Optional.of(Position.of(0)), Optional.of(Position.of(19))));
        assertThat(progress).containsExactly(7L, 14L, 20L);
        assertThat(new LedgerVerifier(database, key.verifyingKey()).verify(tenant).failures()).isEmpty();
    }

    @Test // #6
    void aFailureInALaterBatchLeavesNothing() {
        TenantId tenant = TenantId.of("all-or-nothing");
        ledger.append(tenant, Drafts.series(0, 3, 3));
        List<ObservationDraft> failingAtFifteen = failingAt(Drafts.series(3, 23, 5), 15);

        assertThatThrownBy(() -> ledger.appendAll(tenant, failingAtFifteen, done -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("draft 15 cannot be read");

        assertThat(ledger.reader().size(tenant)).isEqualTo(3);
        assertThat(ledger.reader().observations(tenant, Position.of(0), 100)).hasSize(3);
        assertThat(ledger.appendAll(tenant, Drafts.series(3, 23, 5), done -> { }).added()).isEqualTo(20);
        assertThat(new LedgerVerifier(database, key.verifyingKey()).verify(tenant).failures()).isEmpty();
    }

    @Test // #6
    void takesDraftsInChunksOfAnySizeAsTheyAreMade() {
        TenantId tenant = TenantId.of("all-chunks");
        List<ObservationDraft> drafts = Drafts.series(0, 20, 5);
        List<Long> progress = new ArrayList<>();

        AppendResult result = ledger.appendAll(tenant, List.of(drafts.subList(0, 3), List.<ObservationDraft>of(), drafts.subList(3, 20))
                .iterator(), progress::add, () -> { });

        assertThat(result).isEqualTo(new AppendResult(20, 0, Optional.of(Position.of(0)), Optional.of(Position.of(19))));
        assertThat(progress).containsExactly(7L, 14L, 20L);
        assertThat(ledger.reader().observations(tenant, Position.of(0), 100)).extracting(o -> o.draft().sourceId() + "@" + o.draft().sourceVersion())
                .containsExactlyElementsOf(drafts.stream().map(d -> d.sourceId() + "@" + d.sourceVersion()).toList());
    }

    @Test // #6
    void chunksThatFailLeaveNothingNotEvenTheTenant() {
        TenantId tenant = TenantId.of("all-chunks-failing");
        Iterator<List<ObservationDraft>> chunks = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                if (given == 2) {
                    throw new IllegalArgumentException("the file has 3 problems");
                }
                return true;
            }

            @Override
            public List<ObservationDraft> next() {
                given++;
                return Drafts.series(10 * given - 10, 10 * given, 5);
            }
        };

        assertThatThrownBy(() -> ledger.appendAll(tenant, chunks, done -> { }, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the file has 3 problems");

        assertThat(ledger.reader().tenants()).doesNotContain(tenant);
        assertThat(ledger.reader().size(tenant)).isZero();
    }

    @Test // #6
    void aCheckThatFailsBeforeTheCommitLeavesNothing() {
        TenantId tenant = TenantId.of("all-checked");
        List<Long> progress = new ArrayList<>();

        assertThatThrownBy(() -> ledger.appendAll(tenant, Drafts.series(0, 20, 5), progress::add, () -> {
            throw new IllegalArgumentException("the events of case-3 cannot be derived");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("the events of case-3 cannot be derived");

        assertThat(progress).containsExactly(7L, 14L, 20L);
        assertThat(ledger.reader().size(tenant)).isZero();
        assertThat(ledger.reader().observations(tenant, Position.of(0), 100)).isEmpty();
    }

    @Test
    void aCheckThatPassesLetsTheCommitHappen() {
        TenantId tenant = TenantId.of("all-check-passed");
        List<String> order = new ArrayList<>();

        ledger.appendAll(tenant, Drafts.series(0, 10, 5), done -> order.add("stored " + done), () -> order.add("checked"));

        assertThat(order).containsExactly("stored 7", "stored 10", "checked");
        assertThat(ledger.reader().size(tenant)).isEqualTo(10);
    }

    @Test
    void batchByBatchAppendKeepsWhatWasCommittedBeforeAFailure() {
        TenantId tenant = TenantId.of("all-batchwise");

        assertThatThrownBy(() -> ledger.append(tenant, failingAt(Drafts.series(0, 20, 5), 15)))
                .hasMessage("draft 15 cannot be read");

        assertThat(ledger.reader().size(tenant)).isEqualTo(14);
    }

    @Test
    void repeatsAcrossBatchesOfOneTransactionAreAddedOnce() {
        TenantId tenant = TenantId.of("all-repeats");
        List<ObservationDraft> twice = new ArrayList<>(Drafts.series(0, 10, 4));
        twice.addAll(Drafts.series(0, 10, 4));
        ledger.append(tenant, Drafts.series(0, 2, 4));

        AppendResult result = ledger.appendAll(tenant, twice, done -> { });

        assertThat(result.added()).isEqualTo(8);
        assertThat(result.skipped()).isEqualTo(12);
        assertThat(ledger.reader().size(tenant)).isEqualTo(10);
    }

    @Test
    void aWholeImportAlreadyHeldAddsNothingAndKeepsTheLog() {
        TenantId tenant = TenantId.of("all-held");
        ledger.appendAll(tenant, Drafts.series(0, 20, 5), done -> { });

        AppendResult again = ledger.appendAll(tenant, Drafts.series(0, 20, 5), done -> { });

        assertThat(again).isEqualTo(new AppendResult(0, 20, Optional.empty(), Optional.empty()));
        assertThat(ledger.reader().size(tenant)).isEqualTo(20);
    }

    @Test
    void readsTheEarlierObservationsOfCasesOfOneSourceAndSide() {
        TenantId tenant = TenantId.of("all-cases");
        ObservationDraft otherSource = new ObservationDraft(new SourceRef("servicenow", "other"), Side.CLIENT, "ticket", "INC1", "9",
                Optional.empty(), Drafts.RECEIVED, new byte[] {1}, "{}", Optional.of(new CaseId("case-1")), Optional.empty());
        ObservationDraft otherSide = new ObservationDraft(Drafts.SERVICENOW, Side.PROVIDER, "ticket", "INC1", "9",
                Optional.empty(), Drafts.RECEIVED, new byte[] {2}, "{}", Optional.of(new CaseId("case-1")), Optional.empty());
        List<ObservationDraft> drafts = new ArrayList<>(Drafts.series(0, 12, 4));
        drafts.add(otherSource);
        drafts.add(otherSide);
        ledger.append(tenant, drafts);

        List<Long> positions = ledger.reader()
                .observationsOfCases(tenant, Drafts.SERVICENOW, Side.CLIENT, List.of(new CaseId("case-3"), new CaseId("case-1")))
                .stream().map(o -> o.position().value()).toList();
        List<String> versions = ledger.reader()
                .observationsWithSourceIds(tenant, Drafts.SERVICENOW, Side.CLIENT, List.of("INC2"))
                .stream().map(o -> o.draft().sourceVersion()).toList();

        assertThat(positions).containsExactly(1L, 3L, 5L, 7L, 9L, 11L);
        assertThat(versions).containsExactly("0", "1", "2");
        assertThat(ledger.reader().observationsOfCases(tenant, Drafts.SERVICENOW, Side.CLIENT, List.of())).isEmpty();
    }

    private static List<ObservationDraft> failingAt(List<ObservationDraft> drafts, int index) {
        return new AbstractList<>() {
            @Override
            public ObservationDraft get(int i) {
                if (i == index) {
                    throw new IllegalStateException("draft " + index + " cannot be read");
                }
                return drafts.get(i);
            }

            @Override
            public int size() {
                return drafts.size();
            }
        };
    }
}

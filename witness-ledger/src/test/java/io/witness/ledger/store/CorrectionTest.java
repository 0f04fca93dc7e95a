package io.witness.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.pack.EvidencePack;
import io.witness.ledger.pack.PackAssembler;
import io.witness.ledger.pack.PackReader;
import io.witness.ledger.pack.PackVerifier;
import io.witness.ledger.pack.PackWriter;
import io.witness.ledger.testing.Drafts;
import io.witness.ledger.testing.TestPostgres;
import io.witness.ledger.verify.LedgerVerifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A correction is a new observation that names the one it supersedes; the old one stays, both are in the
 * log, the reference is part of the signed leaf, and an evidence pack carries it. #5
 */
class CorrectionTest {

    private static final TenantId TENANT = TenantId.of("correction");

    @Test
    void aCorrectionIsAppendedBesideTheObservationItSupersedesAndCarriesItsReference(@TempDir Path dir) throws Exception {
        SigningKey key = SigningKey.loadOrCreate(dir.resolve("keys"));
        try (LedgerDatabase database = TestPostgres.newLedgerDatabase()) {
            Ledger ledger = new Ledger(database, key);
            ObservationDraft original = Drafts.ticketVersion(0, 1);
            ledger.append(TENANT, List.of(original));
            ObservationDraft correction = correctionOf(original, Position.of(0));

            AppendResult result = ledger.append(TENANT, List.of(correction));
            ledger.checkpoint(TENANT, Instant.parse("2026-03-07T00:00:00Z"));

            assertThat(result.firstPosition()).isEqualTo(Optional.of(Position.of(1)));
            List<Observation> both = ledger.reader().observationsOfCase(TENANT, new CaseId("case-0"));
            assertThat(both).extracting(o -> o.draft().supersedes()).containsExactly(Optional.empty(), Optional.of(Position.of(0)));
            assertThat(new LedgerVerifier(database, key.verifyingKey()).verify(TENANT).summary())
                    .isEqualTo("verified 2 observations, 1 checkpoint");
            Path pack = dir.resolve("case-0.zip");
            PackWriter.write(new PackAssembler(ledger.reader(), key.verifyingKey())
                    .forCase(TENANT, new CaseId("case-0"), ledger.reader().latestCheckpoint(TENANT).orElseThrow()), pack);
            EvidencePack read = PackReader.read(pack);
            assertThat(read.entries()).extracting(e -> e.observation().draft().supersedes())
                    .containsExactly(Optional.empty(), Optional.of(Position.of(0)));
            assertThat(PackVerifier.verify(read, Optional.of(key.verifyingKey())).problems()).isEmpty();
        }
    }

    @Test
    void aCorrectionOfAPositionTheLogDoesNotYetHoldIsRefusedAndNothingIsAppended(@TempDir Path dir) throws Exception {
        SigningKey key = SigningKey.loadOrCreate(dir.resolve("keys"));
        try (LedgerDatabase database = TestPostgres.newLedgerDatabase()) {
            Ledger ledger = new Ledger(database, key);
            ObservationDraft original = Drafts.ticketVersion(0, 1);
            ledger.append(TENANT, List.of(original));
            ObservationDraft ahead = correctionOf(original, Position.of(1));

            assertThatThrownBy(() -> ledger.append(TENANT, List.of(ahead))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("would be at 1").hasMessageContaining("supersedes 1, which is not an earlier position");
            assertThat(ledger.reader().observationsOfCase(TENANT, new CaseId("case-0"))).hasSize(1);
        }
    }

    /** A later version of the original's record, of the same case, naming the position it corrects. */
    private static ObservationDraft correctionOf(ObservationDraft original, Position supersedes) {
        return ObservationDraft.of(Drafts.SERVICENOW, original.side(), "correction", original.sourceId(), "0-corrected",
                        original.receivedAt().plusSeconds(60), "{\"state\":\"resolved\"}".getBytes(),
                        CanonicalJson.parse("{\"state\":\"resolved\"}"))
                .withCaseRef(new CaseId("case-0"))
                .withSupersedes(supersedes);
    }
}

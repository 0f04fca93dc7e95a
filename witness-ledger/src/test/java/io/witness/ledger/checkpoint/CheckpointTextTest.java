package io.witness.ledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.ledger.chain.TenantId;
import io.witness.ledger.hash.Rfc9162;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckpointTextTest {

    private static final Checkpoint CHECKPOINT = new Checkpoint(TenantId.of("acme"), 48, Rfc9162.EMPTY_ROOT,
            Instant.parse("2026-03-20T22:00:00.123456789Z"), "0229669ebb9a8244");

    @Test
    void textFormIsSixLinesWithTheTimeToTheMicrosecond() {
        assertThat(CHECKPOINT.text()).isEqualTo("""
                witness.checkpoint.v1
                tenant acme
                size 48
                root 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=
                time 2026-03-20T22:00:00.123456Z
                key 0229669ebb9a8244
                """);
    }

    @Test
    void parsingTheTextGivesTheCheckpointBack() {
        assertThat(Checkpoint.parse(CHECKPOINT.text())).isEqualTo(CHECKPOINT);
    }

    @Test
    void parsingNamesTheLineThatIsWrong() {
        assertThatThrownBy(() -> Checkpoint.parse(CHECKPOINT.text().replace("size 48", "length 48")))
                .hasMessage("Checkpoint: line 3: expected 'size …', got 'length 48'");
        assertThatThrownBy(() -> Checkpoint.parse(CHECKPOINT.text().replace("witness.checkpoint.v1", "v2")))
                .hasMessage("Checkpoint line 1: expected 'witness.checkpoint.v1', got 'v2'");
        assertThatThrownBy(() -> Checkpoint.parse(CHECKPOINT.text().strip()))
                .hasMessage("A checkpoint is 6 lines each ending in a line feed, got 5");
    }

    @Test
    void refusesANegativeSizeAndAMalformedKeyId() {
        assertThatThrownBy(() -> new Checkpoint(TenantId.of("acme"), -1, Rfc9162.EMPTY_ROOT, Instant.EPOCH, "0229669ebb9a8244"))
                .hasMessage("A checkpoint's size is 0 or more, got -1");
        assertThatThrownBy(() -> new Checkpoint(TenantId.of("acme"), 1, Rfc9162.EMPTY_ROOT, Instant.EPOCH, "XYZ"))
                .hasMessage("A key id is 16 lower-case hexadecimal digits, got 'XYZ'");
    }
}

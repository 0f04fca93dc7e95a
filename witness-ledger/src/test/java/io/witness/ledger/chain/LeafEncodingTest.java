package io.witness.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.core.event.Side;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.hash.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeafEncodingTest {

    private static final ObservationDraft DRAFT = ObservationDraft.of(new SourceRef("csv", "export.csv"), Side.PROVIDER, "ticket", "T-1", "2",
            Instant.parse("2026-03-06T16:00:00.123456789Z"), "raw".getBytes(StandardCharsets.UTF_8), CanonicalJson.parse("{\"b\":1,\"a\":2}"));

    @Test
    void leafDataIsFifteenLengthPrefixedFieldsInTheDocumentedOrder() {
        Hash payload = LeafEncoding.payloadDigest(DRAFT);
        Hash parsed = LeafEncoding.parsedDigest(DRAFT);

        byte[] data = LeafEncoding.leafData(TenantId.of("acme"), Position.of(7), DRAFT, payload, parsed);

        List<byte[]> fields = fields(data);
        assertThat(fields).hasSize(15);
        assertThat(fields.subList(0, 13)).extracting(f -> new String(f, StandardCharsets.UTF_8)).containsExactly(
                "witness.observation.v1", "acme", "7", "csv", "export.csv", "provider", "ticket", "T-1", "2", "",
                "2026-03-06T16:00:00.123456Z", "", "");
        assertThat(fields.get(13)).isEqualTo(Sha256.of("raw".getBytes(StandardCharsets.UTF_8)).bytes());
        assertThat(fields.get(14)).isEqualTo(Sha256.of("{\"a\":2,\"b\":1}".getBytes(StandardCharsets.UTF_8)).bytes());
    }

    @Test
    void theParsedFormIsCanonicalJsonWithSortedKeys() {
        assertThat(DRAFT.parsedJson()).isEqualTo("{\"a\":2,\"b\":1}");
        assertThat(CanonicalJson.write(CanonicalJson.parse("{ \"z\": [1.50, {\"y\": null, \"x\": \"\\u00e9\"}] }")))
                .isEqualTo("{\"z\":[1.50,{\"x\":\"é\",\"y\":null}]}");
    }

    @Test
    void theNaturalKeyIgnoresWhenItWasReceivedButNotWhatWasSaid() {
        Hash payload = LeafEncoding.payloadDigest(DRAFT);
        ObservationDraft later = ObservationDraft.of(DRAFT.source(), DRAFT.side(), DRAFT.kind(), DRAFT.sourceId(), DRAFT.sourceVersion(),
                Instant.parse("2027-01-01T00:00:00Z"), "raw".getBytes(StandardCharsets.UTF_8), CanonicalJson.parse("{}"));
        ObservationDraft rewritten = ObservationDraft.of(DRAFT.source(), DRAFT.side(), DRAFT.kind(), DRAFT.sourceId(), DRAFT.sourceVersion(),
                DRAFT.receivedAt(), "RAW".getBytes(StandardCharsets.UTF_8), CanonicalJson.parse("{}"));

        assertThat(NaturalKey.of(later, LeafEncoding.payloadDigest(later))).isEqualTo(NaturalKey.of(DRAFT, payload));
        assertThat(NaturalKey.of(rewritten, LeafEncoding.payloadDigest(rewritten))).isNotEqualTo(NaturalKey.of(DRAFT, payload));
    }

    @Test
    void idsAndTimesAreRefusedWithTheirForm() {
        assertThatThrownBy(() -> TenantId.of("Acme")).hasMessage(
                "A tenant id is 1 to 64 of a-z, 0-9, '.', '_', '-' starting with a letter or digit, got 'Acme'");
        assertThatThrownBy(() -> Position.of(-1)).hasMessage("A position is 0 or more, got -1");
        assertThatThrownBy(() -> SourceRef.parse("servicenow")).hasMessage("A source is written system/instance, got 'servicenow'");
        assertThatThrownBy(() -> LedgerTime.parse("2026-03-06T16:00:00Z"))
                .hasMessage("A ledger time is written like 2026-03-06T16:00:00.000000Z, got '2026-03-06T16:00:00Z'");
        assertThatThrownBy(() -> DRAFT.withClaimedAt(Instant.parse("+10000-01-01T00:00:00Z")))
                .hasMessage("A ledger time is within the years 1 to 9999, got +10000-01-01T00:00:00Z");
    }

    private static List<byte[]> fields(byte[] data) {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        List<byte[]> out = new ArrayList<>();
        while (buffer.hasRemaining()) {
            byte[] field = new byte[buffer.getInt()];
            buffer.get(field);
            out.add(field);
        }
        return out;
    }
}

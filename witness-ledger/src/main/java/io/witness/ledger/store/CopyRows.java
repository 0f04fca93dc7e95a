package io.witness.ledger.store;

import io.witness.ledger.chain.LedgerTime;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.hash.Hash;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Observation rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash
 * escapes, bytea as {@code \\x} hex), the fastest way to insert a batch. The column order is
 * {@link #COLUMNS}.
 */
public final class CopyRows {

    /** The columns each row holds, in order. */
    public static final String COLUMNS = "tenant_id, position, source_system, source_instance, side, kind, source_id, source_version, "
            + "claimed_at, received_at, case_ref, supersedes, raw, parsed, payload_sha256, parsed_sha256, natural_key, leaf_hash, chain_hash";

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

    /** Adds one observation's row. */
    public void add(Observation observation, Hash parsedDigest, Hash naturalKey) {
        ObservationDraft draft = observation.draft();
        text(observation.tenant().value()).tab();
        text(Long.toString(observation.position().value())).tab();
        text(draft.source().system()).tab();
        text(draft.source().instance()).tab();
        text(draft.side().wireName()).tab();
        text(draft.kind()).tab();
        text(draft.sourceId()).tab();
        text(draft.sourceVersion()).tab();
        optional(draft.claimedAt().map(LedgerTime::format)).tab();
        text(LedgerTime.format(draft.receivedAt())).tab();
        optional(draft.caseRef().map(c -> c.value())).tab();
        optional(draft.supersedes().map(p -> Long.toString(p.value()))).tab();
        bytea(draft.raw()).tab();
        text(draft.parsedJson()).tab();
        bytea(observation.payloadDigest().bytes()).tab();
        bytea(parsedDigest.bytes()).tab();
        bytea(naturalKey.bytes()).tab();
        bytea(observation.leafHash().bytes()).tab();
        bytea(observation.chainHash().bytes());
        out.write('\n');
    }

    /** The rows so far. */
    public byte[] toBytes() {
        return out.toByteArray();
    }

    /** How many bytes the rows so far take. */
    public int byteCount() {
        return out.size();
    }

    private CopyRows tab() {
        out.write('\t');
        return this;
    }

    private CopyRows optional(Optional<String> value) {
        if (value.isEmpty()) {
            out.write('\\');
            out.write('N');
            return this;
        }
        return text(value.get());
    }

    private CopyRows text(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        for (byte b : utf8) {
            switch (b) {
                case '\\' -> { out.write('\\'); out.write('\\'); }
                case '\t' -> { out.write('\\'); out.write('t'); }
                case '\n' -> { out.write('\\'); out.write('n'); }
                case '\r' -> { out.write('\\'); out.write('r'); }
                default -> out.write(b);
            }
        }
        return this;
    }

    // bytea's hex form \x…, with its backslash doubled for COPY.
    private CopyRows bytea(byte[] value) {
        byte[] hex = new byte[3 + 2 * value.length];
        hex[0] = '\\';
        hex[1] = '\\';
        hex[2] = 'x';
        for (int i = 0; i < value.length; i++) {
            hex[3 + 2 * i] = HEX[(value[i] >> 4) & 0xf];
            hex[4 + 2 * i] = HEX[value[i] & 0xf];
        }
        out.write(hex, 0, hex.length);
        return this;
    }

}

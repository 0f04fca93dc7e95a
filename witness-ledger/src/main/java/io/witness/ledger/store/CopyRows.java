package io.witness.ledger.store;

import io.witness.ledger.chain.LedgerTime;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.hash.Hash;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Observation rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash
 * escapes, bytea as {@code \\x} hex), the fastest way to insert a batch. The column order is
 * {@link #COLUMNS}: everything that does not depend on the row's place in the log comes first, so that
 * it can be rendered before the tenant's lock is taken ({@link #prefix}); position, leaf hash and chain
 * link are added under the lock ({@link #add}).
 */
public final class CopyRows {

    /** The columns each row holds, in order. */
    public static final String COLUMNS = "tenant_id, source_system, source_instance, side, kind, source_id, source_version, "
            + "claimed_at, received_at, case_ref, supersedes, raw, parsed, payload_sha256, parsed_sha256, natural_key, "
            + "position, leaf_hash, chain_hash";

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final Buffer out;

    /** Rows for a batch of about {@code expectedBytes} bytes (the sum of the prefixes), sized once. */
    CopyRows(int expectedBytes) {
        out = new Buffer(expectedBytes);
    }

    /** The columns up to {@code natural_key}, each followed by a tab. */
    static byte[] prefix(TenantId tenant, ObservationDraft draft, Hash payloadDigest, Hash parsedDigest, Hash naturalKey) {
        byte[] raw = draft.raw();
        Builder row = new Builder(new Buffer(2 * raw.length + draft.parsedJson().length() + 512));
        row.text(tenant.value()).tab();
        row.text(draft.source().system()).tab();
        row.text(draft.source().instance()).tab();
        row.text(draft.side().wireName()).tab();
        row.text(draft.kind()).tab();
        row.text(draft.sourceId()).tab();
        row.text(draft.sourceVersion()).tab();
        row.optional(draft.claimedAt().map(LedgerTime::format)).tab();
        row.text(LedgerTime.format(draft.receivedAt())).tab();
        row.optional(draft.caseRef().map(c -> c.value())).tab();
        row.optional(draft.supersedes().map(p -> Long.toString(p.value()))).tab();
        row.bytea(raw).tab();
        row.text(draft.parsedJson()).tab();
        row.bytea(payloadDigest.bytes()).tab();
        row.bytea(parsedDigest.bytes()).tab();
        row.bytea(naturalKey.bytes()).tab();
        return row.toBytes();
    }

    /** Adds one row: its prefix, then position, leaf hash and chain link. */
    void add(byte[] prefix, Position position, Hash leafHash, Hash chainHash) {
        out.write(prefix, 0, prefix.length);
        new Builder(out).text(Long.toString(position.value())).tab().bytea(leafHash.bytes()).tab().bytea(chainHash.bytes());
        out.write('\n');
    }

    /** The rows so far, read from the buffer itself: a batch is megabytes, not worth a copy. */
    InputStream stream() {
        return out.stream();
    }

    /** A byte buffer that can be read back without copying it. */
    private static final class Buffer extends ByteArrayOutputStream {

        Buffer(int size) {
            super(Math.max(64, size));
        }

        InputStream stream() {
            return new ByteArrayInputStream(buf, 0, count);
        }

        byte[] exact() {
            return count == buf.length ? buf : toByteArray();
        }
    }

    private static final class Builder {

        private final Buffer out;

        Builder(Buffer out) {
            this.out = out;
        }

        Builder tab() {
            out.write('\t');
            return this;
        }

        Builder optional(Optional<String> value) {
            if (value.isEmpty()) {
                out.write('\\');
                out.write('N');
                return this;
            }
            return text(value.get());
        }

        Builder text(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            int start = 0;
            for (int i = 0; i < utf8.length; i++) {
                byte b = utf8[i];
                if (b == '\\' || b == '\t' || b == '\n' || b == '\r') {
                    out.write(utf8, start, i - start);
                    out.write('\\');
                    out.write(b == '\\' ? '\\' : b == '\t' ? 't' : b == '\n' ? 'n' : 'r');
                    start = i + 1;
                }
            }
            out.write(utf8, start, utf8.length - start);
            return this;
        }

        // bytea's hex form \x…, with its backslash doubled for COPY.
        Builder bytea(byte[] value) {
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

        byte[] toBytes() {
            return out.exact();
        }
    }
}

package io.witness.ledger.store;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.hash.Hash;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.postgresql.copy.CopyIn;

/**
 * Observation rows in PostgreSQL's binary COPY format (a signature and header, then per row the field
 * count and each field as a 4-byte length and its bytes, -1 for null; text and json as UTF-8, bytea as
 * is, bigint as 8 bytes, timestamptz as microseconds since 2000-01-01 UTC; a -1 field count at the
 * end), the cheapest way to insert a batch for both sides: no escaping, no hex, nothing for the server
 * to parse but the json. The column order is {@link #COLUMNS}: everything that does not depend on the
 * row's place in the log comes first, so that it can be rendered before the tenant's lock is taken
 * ({@link #prefix}); position, leaf hash and chain link are added under the lock ({@link #add}). Rows go
 * to the server in chunks as they are added, so it inserts while the writer hashes the next ones.
 */
public final class CopyRows {

    /** The columns each row holds, in order. */
    public static final String COLUMNS = "tenant_id, source_system, source_instance, side, kind, source_id, source_version, "
            + "claimed_at, received_at, case_ref, supersedes, raw, parsed, payload_sha256, parsed_sha256, natural_key, "
            + "position, leaf_hash, chain_hash";

    /** The statement that reads these rows. */
    static final String COPY = "COPY observation (" + COLUMNS + ") FROM STDIN (FORMAT binary)";

    private static final short FIELDS = 19;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final long MICROS_2000 = 946_684_800L * 1_000_000L;
    private static final int CHUNK = 1 << 17;

    private final CopyIn copy;
    private final Buffer out = new Buffer(CHUNK + 4096);

    /** Starts the rows of one COPY: writes the header. */
    CopyRows(CopyIn copy) {
        this.copy = copy;
        out.bytes(SIGNATURE).int32(0).int32(0);
    }

    /** The field count and the columns up to {@code natural_key}. */
    static byte[] prefix(TenantId tenant, ObservationDraft draft, byte[] raw, byte[] parsedUtf8, Hash payloadDigest, Hash parsedDigest,
            Hash naturalKey) {
        byte[][] texts = {utf8(tenant.value()), utf8(draft.source().system()), utf8(draft.source().instance()),
                utf8(draft.side().wireName()), utf8(draft.kind()), utf8(draft.sourceId()), utf8(draft.sourceVersion())};
        byte[] caseRef = draft.caseRef().map(c -> utf8(c.value())).orElse(null);
        // Sized exactly, once: 2 for the field count, 4 for each field's length, then the values (received_at's 8 first).
        int size = 2 + 4 * 16 + 8 + (draft.claimedAt().isPresent() ? 8 : 0) + (caseRef == null ? 0 : caseRef.length)
                + (draft.supersedes().isPresent() ? 8 : 0) + raw.length + parsedUtf8.length + 3 * Hash.SIZE;
        for (byte[] text : texts) {
            size += text.length;
        }
        Buffer row = new Buffer(size);
        row.int16(FIELDS);
        for (byte[] text : texts) {
            row.field(text);
        }
        row.time(draft.claimedAt());
        row.time(Optional.of(draft.receivedAt()));
        if (caseRef != null) {
            row.field(caseRef);
        } else {
            row.nullField();
        }
        if (draft.supersedes().isPresent()) {
            row.int64Field(draft.supersedes().get().value());
        } else {
            row.nullField();
        }
        row.field(raw);
        row.field(parsedUtf8);
        row.field(payloadDigest.bytes());
        row.field(parsedDigest.bytes());
        row.field(naturalKey.bytes());
        return row.exact();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Adds one row: its prefix, then position, leaf hash and chain link; sends a chunk when one is full. */
    void add(byte[] prefix, Position position, Hash leafHash, Hash chainHash) throws SQLException {
        out.bytes(prefix);
        out.int64Field(position.value());
        out.field(leafHash.bytes());
        out.field(chainHash.bytes());
        if (out.size() >= CHUNK) {
            send();
        }
    }

    /** Sends the rest and the end mark, and ends the COPY. */
    void finish() throws SQLException {
        out.int16((short) -1);
        send();
        copy.endCopy();
    }

    private void send() throws SQLException {
        copy.writeToCopy(out.array(), 0, out.size());
        out.clear();
    }

    /** A growing byte array, written big-endian as PostgreSQL's binary format is. */
    private static final class Buffer {

        private byte[] buf;
        private int count;

        Buffer(int size) {
            buf = new byte[size];
        }

        int size() {
            return count;
        }

        byte[] array() {
            return buf;
        }

        void clear() {
            count = 0;
        }

        byte[] exact() {
            return count == buf.length ? buf : Arrays.copyOf(buf, count);
        }

        Buffer bytes(byte[] value) {
            ensure(value.length);
            System.arraycopy(value, 0, buf, count, value.length);
            count += value.length;
            return this;
        }

        Buffer int16(short value) {
            ensure(2);
            buf[count++] = (byte) (value >>> 8);
            buf[count++] = (byte) value;
            return this;
        }

        Buffer int32(int value) {
            ensure(4);
            buf[count++] = (byte) (value >>> 24);
            buf[count++] = (byte) (value >>> 16);
            buf[count++] = (byte) (value >>> 8);
            buf[count++] = (byte) value;
            return this;
        }

        void int64Field(long value) {
            int32(8);
            int32((int) (value >>> 32));
            int32((int) value);
        }

        void nullField() {
            int32(-1);
        }

        void field(byte[] value) {
            int32(value.length);
            bytes(value);
        }

        // timestamptz: microseconds since 2000-01-01 00:00 UTC (the drafts' times are cut to the microsecond).
        void time(Optional<Instant> value) {
            if (value.isEmpty()) {
                nullField();
                return;
            }
            Instant t = value.get();
            int64Field(Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000) - MICROS_2000);
        }

        private void ensure(int more) {
            if (count + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(2 * buf.length, count + more));
            }
        }
    }
}

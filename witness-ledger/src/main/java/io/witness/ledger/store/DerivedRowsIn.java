package io.witness.ledger.store;

import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rows of a binary {@code COPY (SELECT first_position, source_system, source_instance, side, case_ref, payload
 * FROM derived_ticket …) TO STDOUT (FORMAT binary)}, after its header, handed on {@value DerivedTickets#CHUNK}
 * at a time. A tenant's few sources and sides are read into a scratch buffer and made once each: a row
 * allocates its case and its payload only. One thread.
 */
final class DerivedRowsIn {

    private static final Side[] SIDE_VALUES = Side.values();
    private static final byte[][] SIDES = Arrays.stream(Side.values()).map(s -> s.wireName().getBytes(StandardCharsets.UTF_8))
            .toArray(byte[][]::new);

    private final DataInputStream in;
    private byte[] scratch = new byte[256];
    private final Map<String, SourceRef> sources = new HashMap<>();
    private byte[] lastSystem = new byte[0];
    private byte[] lastInstance = new byte[0];
    private SourceRef lastSource;

    DerivedRowsIn(DataInputStream in) {
        this.in = in;
    }

    /** Reads every row up to the COPY's trailer, handing them to {@code chunks} in order. */
    void readAll(Consumer<List<DerivedRow>> chunks) throws IOException {
        List<DerivedRow> rows = new ArrayList<>(DerivedTickets.CHUNK);
        for (short fields = in.readShort(); fields != -1; fields = in.readShort()) {
            if (fields != 6) {
                throw new IOException("A derived ticket row of " + fields + " fields, expected 6");
            }
            in.readInt();
            long first = in.readLong();
            SourceRef source = source();
            Side side = side();
            String caseRef = new String(bytes(), StandardCharsets.UTF_8);
            rows.add(new DerivedRow(first, source, side, caseRef, bytes()));
            if (rows.size() == DerivedTickets.CHUNK) {
                chunks.accept(rows);
                rows = new ArrayList<>(DerivedTickets.CHUNK);
            }
        }
        if (!rows.isEmpty()) {
            chunks.accept(rows);
        }
    }

    /** The source of system and instance read next: the row before's when the same, else one made once per tenant. */
    private SourceRef source() throws IOException {
        int system = scratch(0);
        int instance = scratch(system);
        if (lastSource != null && Arrays.equals(scratch, 0, system, lastSystem, 0, lastSystem.length)
                && Arrays.equals(scratch, system, system + instance, lastInstance, 0, lastInstance.length)) {
            return lastSource;
        }
        lastSystem = Arrays.copyOfRange(scratch, 0, system);
        lastInstance = Arrays.copyOfRange(scratch, system, system + instance);
        String systemText = new String(lastSystem, StandardCharsets.UTF_8);
        String instanceText = new String(lastInstance, StandardCharsets.UTF_8);
        lastSource = sources.computeIfAbsent(systemText + '\u0000' + instanceText, k -> new SourceRef(systemText, instanceText));
        return lastSource;
    }

    private Side side() throws IOException {
        int length = scratch(0);
        for (int i = 0; i < SIDES.length; i++) {
            if (Arrays.equals(scratch, 0, length, SIDES[i], 0, SIDES[i].length)) {
                return SIDE_VALUES[i];
            }
        }
        // Not a side: said as the side's own parsing says it.
        return Side.fromWire(new String(scratch, 0, length, StandardCharsets.UTF_8));
    }

    /** Reads a field into the scratch buffer at {@code at}; returns its length. */
    private int scratch(int at) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("A derived ticket row has a null where a text is required");
        }
        if (scratch.length < at + length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, at + length));
        }
        in.readFully(scratch, at, length);
        return length;
    }

    private byte[] bytes() throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("A derived ticket row has a null where a value is required");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}

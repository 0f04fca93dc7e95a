package io.witness.app.reconcile.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * Bytes kept in blocks of one size, taken from and given back to a shared free list: a chunk's text grows
 * without copying what it holds (as a growing array does) and without a new large array a chunk, which
 * the collector would have to place and clear. Not thread-safe; the free list is.
 */
final class ByteBlocks extends OutputStream {

    static final int BLOCK = 64 * 1024;

    private final Queue<byte[]> free;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] current;
    private int used;

    /** @param free blocks to reuse, shared between threads; {@link #writeTo} gives the blocks back to it */
    ByteBlocks(Queue<byte[]> free) {
        this.free = free;
        this.current = block();
    }

    @Override
    public void write(int b) {
        if (used == BLOCK) {
            next();
        }
        current[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (used == BLOCK) {
                next();
            }
            int n = Math.min(length, BLOCK - used);
            System.arraycopy(bytes, offset, current, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    /** Writes the bytes to {@code out} in order, then gives the blocks back: this holds nothing after. */
    void writeTo(OutputStream out) throws IOException {
        for (byte[] block : full) {
            out.write(block);
            free.add(block);
        }
        out.write(current, 0, used);
        free.add(current);
        full.clear();
        current = null;
        used = 0;
    }

    private void next() {
        full.add(current);
        current = block();
        used = 0;
    }

    private byte[] block() {
        byte[] block = free.poll();
        return block != null ? block : new byte[BLOCK];
    }
}

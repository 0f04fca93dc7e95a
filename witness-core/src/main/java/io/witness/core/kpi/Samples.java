package io.witness.core.kpi;

/**
 * Durations in milliseconds while they are counted, kept in chunks that are never copied: each next chunk
 * twice the last, up to a fixed size, so that a cell of a million samples and a cell of three both waste
 * little and growing makes no garbage. One thread.
 */
final class Samples {

    private static final int FIRST = 16;
    private static final int LARGEST = 8192;

    private long[][] chunks = new long[4][];
    private int chunkCount;
    /** The chunk being filled and how much of it is. */
    private long[] last;
    private int lastFill;
    private int size;

    void add(long millis) {
        if (last == null || lastFill == last.length) {
            grow();
        }
        last[lastFill++] = millis;
        size++;
    }

    int size() {
        return size;
    }

    /** Copies the samples into {@code target} from {@code at}; returns the index after the last one copied. */
    int copyTo(long[] target, int at) {
        int to = at;
        for (int c = 0; c < chunkCount; c++) {
            long[] chunk = chunks[c];
            int n = c == chunkCount - 1 ? lastFill : chunk.length;
            System.arraycopy(chunk, 0, target, to, n);
            to += n;
        }
        return to;
    }

    private void grow() {
        if (chunkCount == chunks.length) {
            long[][] more = new long[chunkCount * 2][];
            System.arraycopy(chunks, 0, more, 0, chunkCount);
            chunks = more;
        }
        last = new long[last == null ? FIRST : Math.min(LARGEST, last.length * 2)];
        chunks[chunkCount++] = last;
        lastFill = 0;
    }
}

package io.witness.app.reconcile.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a list's items as a CSV file and a JSON lines file: the items are formatted in chunks on a pool's
 * threads, each chunk into its own bytes, and one thread writes the chunks in the list's order, so the files
 * are what one thread writing item after item writes. Few chunks are formatted ahead of the writer, so
 * memory stays a few chunks whatever the list's size.
 */
final class CsvAndJsonLines {

    /** Lines by Jackson's own generator and escaping, one object a line: no separator between root values. */
    private static final JsonMapper LINES = JsonMapper.builder(JsonFactory.builder().rootValueSeparator("").build()).build();

    /** Items formatted together: large enough that a chunk's tasks cost little, small enough to keep few in memory. */
    private static final int CHUNK = 1_000;

    /** Formats one item as CSV rows and JSON lines (any number of each). */
    interface Format<T> {
        void write(T item, Lines lines);
    }

    /** The lines of one chunk: CSV rows (RFC 4180, CRLF) and JSON lines (LF), both in UTF-8. */
    static final class Lines {
        private final StringBuilder row = new StringBuilder(1024);
        private final ByteBlocks csv;
        private final ByteBlocks jsonBytes;
        private final JsonGenerator json;

        private Lines(Queue<byte[]> free) {
            csv = new ByteBlocks(free);
            jsonBytes = new ByteBlocks(free);
            json = LINES.createGenerator(jsonBytes);
        }

        /** Appends one CSV row, each field by {@link String#valueOf(Object)}. */
        void csv(Object... fields) {
            row.setLength(0);
            Csv.row(row, fields);
            byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
            csv.write(bytes, 0, bytes.length);
        }

        /** The generator to write one JSON object to; {@link #endJsonLine()} ends its line. */
        JsonGenerator json() {
            return json;
        }

        void endJsonLine() {
            json.writeRaw('\n');
        }

        private Lines finish() {
            json.close();
            return this;
        }

        private void writeTo(OutputStream csvOut, OutputStream jsonOut) throws IOException {
            csv.writeTo(csvOut);
            jsonBytes.writeTo(jsonOut);
        }
    }

    private final ExecutorService pool;
    private final int ahead;
    private final Queue<byte[]> free = new ConcurrentLinkedQueue<>();

    /**
     * @param pool the threads that format chunks
     * @param threads how many threads the pool has: twice as many chunks are formatted ahead of the writer
     */
    CsvAndJsonLines(ExecutorService pool, int threads) {
        this.pool = pool;
        this.ahead = 2 * threads;
    }

    /** Writes the CSV file (its header first) and the JSON lines file of the items, in the items' order. */
    <T> void write(List<T> items, Path csvFile, List<String> header, Path jsonFile, Format<T> format) throws IOException {
        try (OutputStream csvOut = Files.newOutputStream(csvFile); OutputStream jsonOut = Files.newOutputStream(jsonFile)) {
            StringBuilder headerLine = new StringBuilder();
            Csv.row(headerLine, header.toArray());
            csvOut.write(headerLine.toString().getBytes(StandardCharsets.UTF_8));
            ArrayDeque<Future<Lines>> pending = new ArrayDeque<>();
            try {
                int next = 0;
                while (next < items.size() || !pending.isEmpty()) {
                    while (next < items.size() && pending.size() < ahead) {
                        pending.add(pool.submit(chunk(free, items.subList(next, Math.min(items.size(), next + CHUNK)), format)));
                        next += CHUNK;
                    }
                    done(pending.poll()).writeTo(csvOut, jsonOut);
                }
            } finally {
                pending.forEach(f -> f.cancel(true));
            }
        }
    }

    private static <T> Callable<Lines> chunk(Queue<byte[]> free, List<T> items, Format<T> format) {
        return () -> {
            Lines lines = new Lines(free);
            for (T item : items) {
                format.write(item, lines);
            }
            return lines.finish();
        };
    }

    /** The task's result once done; what failed in it, thrown as it was (an I/O error as an IOException). */
    static <V> V done(Future<V> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing the reconcile files", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException("Formatting the reconcile files failed", cause);
        }
    }
}

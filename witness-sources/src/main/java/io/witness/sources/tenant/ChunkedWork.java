package io.witness.sources.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Work handed over in chunks while a producer still reads, done by the machine's other cores at once and,
 * once the producer is done, by its thread too; the results come back in the order the chunks were given.
 * One producer thread ({@link #add}, {@link #finish}).
 *
 * @param <I> a chunk of input
 * @param <O> what a chunk gives
 */
final class ChunkedWork<I, O> {

    /** Chunks a helper that may wait before the producer does one itself. */
    private static final int AHEAD = 2;

    private final Function<I, O> work;
    private final List<I> chunks = new ArrayList<>();
    private final List<O> results = new ArrayList<>();
    private int next;
    private boolean closed;
    private final List<CompletableFuture<Void>> workers = new ArrayList<>();

    /** Starts the helpers: one for each core but this thread's. */
    ChunkedWork(Function<I, O> work) {
        this.work = work;
        int helpers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        for (int i = 0; i < helpers; i++) {
            workers.add(CompletableFuture.runAsync(this::drain, ChunkedWork::onThreadOfItsOwn));
        }
    }

    /**
     * Hands over a chunk; when more than {@link #AHEAD} a helper are waiting, this thread does the next one itself,
     * so that waiting chunks (and what they hold, which the collector would copy while they wait) do not pile up.
     */
    void add(I chunk) {
        synchronized (this) {
            chunks.add(chunk);
            results.add(null);
            notifyAll();
            if (chunks.size() - next <= AHEAD * workers.size()) {
                return;
            }
        }
        doNext();
    }

    /**
     * No more chunks: this thread helps until every chunk is done, and returns the results in order.
     *
     * @throws RuntimeException what the work threw
     */
    List<O> finish() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        drain();
        for (CompletableFuture<Void> worker : workers) {
            try {
                worker.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return results;
    }

    /** The producer failed: the chunks not yet taken are left undone and the helpers end. */
    synchronized void abandon() {
        closed = true;
        next = chunks.size();
        notifyAll();
    }

    private static void onThreadOfItsOwn(Runnable task) {
        Thread thread = new Thread(task, "witness-chunked-work");
        thread.setDaemon(true);
        thread.start();
    }

    /** Takes chunks and does them until none is left and the producer is done. */
    private void drain() {
        while (true) {
            synchronized (this) {
                while (next == chunks.size() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while waiting for work", e);
                    }
                }
            }
            if (!doNext()) {
                return;
            }
        }
    }

    /** Does the next chunk not yet taken, if any; false when there was none. */
    private boolean doNext() {
        int index;
        I chunk;
        synchronized (this) {
            if (next == chunks.size()) {
                return false;
            }
            index = next++;
            chunk = chunks.get(index);
        }
        O result = work.apply(chunk);
        synchronized (this) {
            results.set(index, result);
            // Its input is done with: not held until the end.
            chunks.set(index, null);
        }
        return true;
    }
}

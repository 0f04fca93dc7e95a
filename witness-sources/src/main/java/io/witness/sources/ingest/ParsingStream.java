package io.witness.sources.ingest;

import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An import's files parsed on a thread of their own ({@link #parse}) while the ledger stores what they
 * give: the observations are handed over in chunks as they are read, through this iterator, which the
 * ledger's writer reads (its {@code hasNext} waits for the next chunk). Once the files are done the iterator
 * ends; if any file had a problem it throws {@link InputRejected} with every problem of every file instead,
 * so that the ledger rolls back what it wrote and the import stores nothing. One parsing thread, one
 * reading thread.
 */
final class ParsingStream implements Iterator<List<ObservationDraft>> {

    /**
     * What parsing the files gave.
     *
     * @param drafts every observation, in file order
     * @param fileOfDraft the file each came from, for messages
     * @param problems every problem of every file
     * @param rows the rows read, good and bad
     * @param took how long parsing took
     */
    record Parsed(List<ObservationDraft> drafts, List<String> fileOfDraft, List<InputProblem> problems, long rows, Duration took) {
    }

    /** One hand-over: a chunk of observations, or the end with the problems found, or a failure. */
    private record Handover(List<ObservationDraft> chunk, List<InputProblem> problems, RuntimeException failure) {
    }

    private static final int CHUNK = 500;

    private final SourceFormat format;
    private final List<ImportFile> files;
    private final ImportContext context;
    private final BlockingQueue<Handover> queue = new LinkedBlockingQueue<>();
    private List<ObservationDraft> chunk = new ArrayList<>(CHUNK);
    private List<ObservationDraft> pending;
    private boolean ended;

    ParsingStream(SourceFormat format, List<ImportFile> files, ImportContext context) {
        this.format = format;
        this.files = files;
        this.context = context;
    }

    /** Parses every file, handing over the observations as they come; on the parsing thread. */
    Parsed parse() {
        long start = System.nanoTime();
        try {
            List<ObservationDraft> drafts = new ArrayList<>();
            List<String> fileOfDraft = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            long rows = 0;
            for (ImportFile file : files) {
                ParsedFile parsed = format.parse(file, context, this::handOver);
                problems.addAll(parsed.problems());
                rows += parsed.rowsRead();
                drafts.addAll(parsed.observations());
                parsed.observations().forEach(o -> fileOfDraft.add(file.name()));
            }
            if (!chunk.isEmpty()) {
                queue.add(new Handover(chunk, List.of(), null));
            }
            queue.add(new Handover(null, List.copyOf(problems), null));
            return new Parsed(drafts, fileOfDraft, problems, rows, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            queue.add(new Handover(null, List.of(), e));
            throw e;
        } catch (Error e) {
            queue.add(new Handover(null, List.of(), new IllegalStateException("Parsing the files failed", e)));
            throw e;
        }
    }

    private void handOver(ObservationDraft draft) {
        chunk.add(draft);
        if (chunk.size() == CHUNK) {
            queue.add(new Handover(chunk, List.of(), null));
            chunk = new ArrayList<>(CHUNK);
        }
    }

    /**
     * @throws InputRejected at the end, if a file had a problem
     * @throws RuntimeException what parsing threw, if it failed
     */
    @Override
    public boolean hasNext() {
        if (pending == null && !ended) {
            Handover next = take();
            if (next.failure() != null) {
                ended = true;
                throw next.failure();
            }
            if (next.chunk() == null) {
                ended = true;
                if (!next.problems().isEmpty()) {
                    throw new InputRejected(next.problems());
                }
            } else {
                pending = next.chunk();
            }
        }
        return pending != null;
    }

    @Override
    public List<ObservationDraft> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more observations from the files");
        }
        List<ObservationDraft> next = pending;
        pending = null;
        return next;
    }

    private Handover take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the files' observations", e);
        }
    }
}

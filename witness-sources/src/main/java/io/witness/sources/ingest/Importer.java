package io.witness.sources.ingest;

import io.witness.core.input.InputRejected;
import io.witness.ledger.store.AppendResult;
import io.witness.ledger.store.Ledger;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.SourceFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Imports evidence files of one format into a tenant's ledger, all or nothing:
 * <ol>
 *   <li>every file is parsed, on a thread of its own, and the observations go to the ledger's one
 *       transaction as they are read; if any file has a problem, the import is refused with every problem
 *       of every file ({@link InputRejected}), the transaction is rolled back and nothing is stored;</li>
 *   <li>the observations are grouped by case, and each case's events are derived from its whole history
 *       of this source and side: the observations the ledger already holds and the new ones. A value the
 *       contract does not map is counted; a problem deriving a case refuses the import too;</li>
 *   <li>rewritten history is found: a record version told again with other content, and an event derived
 *       before that the history with the new observations tells differently;</li>
 *   <li>the observations are appended in that transaction (evidence already held is skipped) while the
 *       events are derived beside it, once parsing is done; the transaction commits once they are, and a
 *       checkpoint of the log is signed.</li>
 * </ol>
 * A re-run of the same files adds nothing. Thread-safe if the ledger and clock are.
 */
public final class Importer {

    private final Ledger ledger;
    private final Clock clock;

    /**
     * @param ledger where the observations go
     * @param clock the time of the checkpoint signed at the end
     */
    public Importer(Ledger ledger, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads the files (gzipped ones decompressed) and imports them.
     *
     * @throws InputRejected with every problem of every file, or of deriving a case; nothing is stored
     * @throws java.nio.file.NoSuchFileException if a file does not exist; nothing is stored
     * @throws IOException if a file cannot be read; nothing is stored
     * @throws io.witness.ledger.store.StoreException if the database fails; nothing is stored
     */
    public ImportSummary importPaths(SourceFormat format, List<Path> paths, ImportContext context, ImportProgress progress)
            throws IOException {
        long start = System.nanoTime();
        List<ImportFile> files = new ArrayList<>();
        progress.started(ImportPhase.READING, paths.size());
        for (Path path : paths) {
            files.add(ImportFiles.read(path));
            progress.advanced(files.size());
        }
        return run(format, files, context, progress, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Imports files already read.
     *
     * @throws InputRejected with every problem of every file, or of deriving a case; nothing is stored
     * @throws io.witness.ledger.store.StoreException if the database fails; nothing is stored
     */
    public ImportSummary importFiles(SourceFormat format, List<ImportFile> files, ImportContext context, ImportProgress progress) {
        return run(format, files, context, progress, Duration.ZERO);
    }

    private ImportSummary run(SourceFormat format, List<ImportFile> files, ImportContext context, ImportProgress progress,
            Duration reading) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(progress, "progress");
        long start = System.nanoTime();
        // Parsing, then deriving the events (and reading the cases' earlier observations), run on a thread of
        // their own beside the writing: the ledger stores the observations as they are parsed, in one
        // transaction that commits only once the events are derived, so that a file with a problem or a case
        // that cannot be derived leaves nothing.
        ParsingStream parsing = new ParsingStream(format, files, context);
        ExecutorService worker = Executors.newSingleThreadExecutor(Importer::workerThread);
        Future<ParsingStream.Parsed> parsed = worker.submit(parsing::parse);
        List<Future<Timed<CaseHistories.Mapped>>> mappingTask = new ArrayList<>(1);
        // The derived tickets of the import's cases are encoded as they are mapped and stored beside the
        // observations in the same transaction (docs/ledger.md, "Derived tickets").
        DerivedCases derived = new DerivedCases(context, () -> await(mappingTask.get(0)));
        Future<Timed<CaseHistories.Mapped>> mapping = worker.submit(() -> {
            ParsingStream.Parsed done = await(parsed);
            if (!done.problems().isEmpty()) {
                throw new InputRejected(done.problems());
            }
            long from = System.nanoTime();
            CaseHistories.Mapped result = new CaseHistories(ledger.reader(), format, context, derived).map(done.drafts(),
                    done.fileOfDraft());
            return new Timed<>(result, Duration.ofNanos(System.nanoTime() - from));
        });
        mappingTask.add(mapping);
        AppendResult stored;
        try {
            progress.started(ImportPhase.STORING, ImportProgress.UNKNOWN);
            stored = ledger.appendAll(context.tenant(), parsing, progress::advanced, derived);
        } finally {
            worker.shutdownNow();
        }
        ParsingStream.Parsed read = await(parsed);
        Timed<CaseHistories.Mapped> mapped = await(mapping);
        long logSize = ledger.reader().size(context.tenant());
        if (logSize > 0) {
            ledger.checkpoint(context.tenant(), clock.instant());
        }
        long end = System.nanoTime();

        return new ImportSummary(format.name(), files.stream().map(ImportFile::name).toList(), read.rows(), stored.added(),
                stored.skipped(), mapped.value().cases(), mapped.value().events(), mapped.value().rewrites(), mapped.value().unmapped(),
                logSize, new ImportTimings(reading, read.took(), mapped.took(), Duration.ofNanos(end - start),
                        reading.plus(Duration.ofNanos(end - start))));
    }

    private record Timed<T>(T value, Duration took) {
    }

    private static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("Deriving the events failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while deriving the events", e);
        }
    }

    private static Thread workerThread(Runnable task) {
        Thread thread = new Thread(task, "witness-import-parse-map");
        thread.setDaemon(true);
        return thread;
    }
}

package io.witness.sources.ingest;

import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.store.AppendResult;
import io.witness.ledger.store.Ledger;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
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
 *   <li>every file is parsed; if any has a problem, the import is refused with every problem of every
 *       file ({@link InputRejected}) and nothing is stored;</li>
 *   <li>the observations are grouped by case, and each case's events are derived from its whole history
 *       of this source and side: the observations the ledger already holds and the new ones. A value the
 *       contract does not map is counted; a problem deriving a case refuses the import too;</li>
 *   <li>rewritten history is found: a record version told again with other content, and an event derived
 *       before that the history with the new observations tells differently;</li>
 *   <li>the observations are appended in one transaction (evidence already held is skipped) while the
 *       events are derived beside it; the transaction commits once they are, and a checkpoint of the
 *       log is signed.</li>
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
        List<ObservationDraft> drafts = new ArrayList<>();
        List<String> fileOfDraft = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        long rows = 0;
        int done = 0;
        progress.started(ImportPhase.PARSING, files.size());
        for (ImportFile file : files) {
            ParsedFile parsed = format.parse(file, context);
            problems.addAll(parsed.problems());
            rows += parsed.rowsRead();
            drafts.addAll(parsed.observations());
            parsed.observations().forEach(o -> fileOfDraft.add(file.name()));
            progress.advanced(++done);
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        long parsed = System.nanoTime();

        // Deriving the events (and reading the cases' earlier observations) runs beside the writing; the
        // transaction commits only once it has succeeded, so a case that cannot be derived leaves nothing.
        ExecutorService mapper = Executors.newSingleThreadExecutor(Importer::mappingThread);
        Future<Timed<CaseHistories.Mapped>> mapping = mapper.submit(() -> {
            long from = System.nanoTime();
            CaseHistories.Mapped result = new CaseHistories(ledger.reader(), format, context).map(drafts, fileOfDraft);
            return new Timed<>(result, Duration.ofNanos(System.nanoTime() - from));
        });
        AppendResult stored;
        try {
            progress.started(ImportPhase.STORING, drafts.size());
            stored = ledger.appendAll(context.tenant(), drafts, progress::advanced, () -> await(mapping));
        } finally {
            mapper.shutdownNow();
        }
        Timed<CaseHistories.Mapped> mapped = await(mapping);
        long logSize = ledger.reader().size(context.tenant());
        if (logSize > 0) {
            ledger.checkpoint(context.tenant(), clock.instant());
        }
        long end = System.nanoTime();

        return new ImportSummary(format.name(), files.stream().map(ImportFile::name).toList(), rows, stored.added(),
                stored.skipped(), mapped.value().cases(), mapped.value().events(), mapped.value().rewrites(), mapped.value().unmapped(),
                logSize, new ImportTimings(reading, Duration.ofNanos(parsed - start), mapped.took(), Duration.ofNanos(end - parsed),
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

    private static Thread mappingThread(Runnable task) {
        Thread thread = new Thread(task, "witness-import-mapping");
        thread.setDaemon(true);
        return thread;
    }
}

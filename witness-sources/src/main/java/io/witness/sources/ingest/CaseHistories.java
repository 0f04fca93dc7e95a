package io.witness.sources.ingest;

import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.store.LedgerReader;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceFormat;
import io.witness.sources.format.UnmappedValue;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cases of an import with their whole history: the observations the ledger holds of the same source
 * and side, then the import's new ones. Derives each case's events, counts unmapped values, and finds
 * rewritten history. Reads the ledger; writes nothing. One import, one thread.
 */
final class CaseHistories {

    /** What mapping the import's cases gave. */
    record Mapped(long cases, long events, List<Rewrite> rewrites, List<UnmappedValue> unmapped) {
    }

    private record Origin(SourceRef source, Side side) {
    }

    /**
     * What the ledger held before the import: the observations of its cases (and their positions), and of
     * its caseless records.
     */
    private record Earlier(Map<CaseId, List<ObservationDraft>> byCase, Map<CaseId, List<Long>> positions,
            List<ObservationDraft> caseless) {
    }

    /** Told each case's whole history and what it gave, on the mapping thread (docs/ledger.md, "Derived tickets"). */
    interface CaseSink {
        /**
         * @param held the positions of the case's observations the ledger held before the import, in order
         * @param whole the case's observations the ledger held, then the import's new ones
         * @param fresh how many of {@code whole} are new
         * @param after the events {@code whole} gave in the import's context
         */
        void derived(CaseId caseId, long[] held, List<ObservationDraft> whole, int fresh, CaseEvents after);

        /** The log's size when the ledger was asked what it held of the import's cases. */
        void logSizeRead(long size);
    }

    static final CaseSink NO_SINK = new CaseSink() {
        @Override
        public void derived(CaseId caseId, long[] held, List<ObservationDraft> whole, int fresh, CaseEvents after) {
        }

        @Override
        public void logSizeRead(long size) {
        }
    };

    private final LedgerReader reader;
    private final SourceFormat format;
    private final ImportContext context;
    private final List<Rewrite> rewrites = new ArrayList<>();
    private final Map<String, Long> unmapped = new LinkedHashMap<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final CaseSink sink;

    CaseHistories(LedgerReader reader, SourceFormat format, ImportContext context) {
        this(reader, format, context, NO_SINK);
    }

    CaseHistories(LedgerReader reader, SourceFormat format, ImportContext context, CaseSink sink) {
        this.reader = reader;
        this.format = format;
        this.context = context;
        this.sink = sink;
    }

    /**
     * @param drafts the import's observations in file order
     * @param fileOfDraft the file each came from, for messages
     * @throws InputRejected if a case's events cannot be derived
     */
    Mapped map(List<ObservationDraft> drafts, List<String> fileOfDraft) {
        Map<CaseId, List<ObservationDraft>> newByCase = new LinkedHashMap<>();
        Map<CaseId, String> fileOfCase = new HashMap<>();
        List<ObservationDraft> caseless = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ObservationDraft draft = drafts.get(i);
            if (draft.caseRef().isPresent()) {
                newByCase.computeIfAbsent(draft.caseRef().get(), c -> new ArrayList<>()).add(draft);
                fileOfCase.putIfAbsent(draft.caseRef().get(), fileOfDraft.get(i));
            } else {
                caseless.add(draft);
            }
        }
        Earlier held = earlier(drafts, newByCase, caseless);
        findRewrittenRecords(drafts, held);

        long events = 0;
        for (Map.Entry<CaseId, List<ObservationDraft>> entry : newByCase.entrySet()) {
            CaseId caseId = entry.getKey();
            List<ObservationDraft> earlier = held.byCase().getOrDefault(caseId, List.of());
            long[] positions = held.positions().getOrDefault(caseId, List.of()).stream().mapToLong(Long::longValue).toArray();
            events += derive(caseId, earlier, positions, entry.getValue(), fileOfCase.get(caseId));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        List<UnmappedValue> values = new ArrayList<>();
        unmapped.forEach((key, count) -> {
            int tab = key.indexOf('\t');
            values.add(new UnmappedValue(key.substring(0, tab), key.substring(tab + 1), count));
        });
        values.sort(Comparator.comparingLong(UnmappedValue::count).reversed()
                .thenComparing(UnmappedValue::field).thenComparing(UnmappedValue::value));
        return new Mapped(newByCase.size(), events, rewrites, values);
    }

    /** The observations the ledger holds of the import's cases (and of its caseless records), by case. */
    private Earlier earlier(List<ObservationDraft> drafts, Map<CaseId, List<ObservationDraft>> newByCase,
            List<ObservationDraft> caseless) {
        Earlier held = new Earlier(new HashMap<>(), new HashMap<>(), new ArrayList<>());
        // Read before the observations, so that an import committed in between shows as a larger log.
        long size = reader.size(context.tenant());
        sink.logSizeRead(size);
        if (drafts.isEmpty() || size == 0) {
            return held;
        }
        Set<Origin> origins = new LinkedHashSet<>();
        drafts.forEach(d -> origins.add(new Origin(d.source(), d.side())));
        for (Origin origin : origins) {
            List<CaseId> cases = newByCase.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(d -> d.source().equals(origin.source()) && d.side() == origin.side()))
                    .map(Map.Entry::getKey).toList();
            for (Observation observation : reader.observationsOfCases(context.tenant(), origin.source(), origin.side(), cases)) {
                CaseId caseId = observation.draft().caseRef().orElseThrow();
                held.byCase().computeIfAbsent(caseId, c -> new ArrayList<>()).add(observation.draft());
                held.positions().computeIfAbsent(caseId, c -> new ArrayList<>()).add(observation.position().value());
            }
            Set<String> ids = new LinkedHashSet<>();
            caseless.stream().filter(d -> d.source().equals(origin.source()) && d.side() == origin.side()).forEach(d -> ids.add(d.sourceId()));
            if (!ids.isEmpty()) {
                reader.observationsWithSourceIds(context.tenant(), origin.source(), origin.side(), ids)
                        .forEach(o -> held.caseless().add(o.draft()));
            }
        }
        return held;
    }

    /** Each new draft whose version was told before (in the ledger, or earlier in this import) with other bytes. */
    private void findRewrittenRecords(List<ObservationDraft> drafts, Earlier held) {
        Map<VersionKey, ObservationDraft> told = new HashMap<>();
        held.byCase().values().forEach(list -> list.forEach(d -> told.put(VersionKey.of(d), d)));
        held.caseless().forEach(d -> told.put(VersionKey.of(d), d));
        for (ObservationDraft draft : drafts) {
            ObservationDraft before = told.put(VersionKey.of(draft), draft);
            if (before != null && !Arrays.equals(before.raw(), draft.raw())) {
                rewrites.add(new ObservationRewritten(draft.caseRef(), draft.kind(), draft.sourceId(), draft.sourceVersion(),
                        RecordDiff.changes(before.parsedJson(), before.raw(), draft.parsedJson(), draft.raw())));
            }
        }
    }

    /** Derives a case's events from its whole history; compares with what its earlier history gave. */
    private long derive(CaseId caseId, List<ObservationDraft> earlier, long[] positions, List<ObservationDraft> added, String file) {
        try {
            List<ObservationDraft> fresh = fresh(earlier, added);
            List<ObservationDraft> whole = new ArrayList<>(earlier);
            whole.addAll(fresh);
            CaseEvents after = format.normalise(caseId, whole, context);
            sink.derived(caseId, positions, whole, fresh.size(), after);
            after.unmapped().forEach(u -> unmapped.merge(u.field() + '\t' + u.value(), u.count(), Long::sum));
            List<ObservationDraft> newRecords = newRecords(earlier, fresh);
            // A record not held before (an audit row, a journal entry, a history export given after the list)
            // adds to what was told and may refine times derived from coarser evidence; only a new telling of
            // a record already held can rewrite what was told. So the new records belong to the "before".
            if (!earlier.isEmpty() && newRecords.size() < fresh.size()) {
                List<ObservationDraft> told = new ArrayList<>(earlier);
                told.addAll(newRecords);
                List<TicketEvent> before = format.normalise(caseId, told, context).events();
                rewrites.addAll(EventDiff.rewrites(caseId, before, after.events()));
            }
            return after.events().size();
        } catch (IllegalArgumentException | DateTimeException e) {
            // A format reports bad rows when parsing; what reaches here is a case its rules cannot tell.
            problems.add(new InputProblem(file, 0, 0, "", "case " + caseId + ": its events cannot be derived: " + e.getMessage()));
            return 0;
        }
    }

    /** The fresh drafts of records (kind and source id) that no earlier draft tells. */
    private static List<ObservationDraft> newRecords(List<ObservationDraft> earlier, List<ObservationDraft> fresh) {
        Set<RecordKey> held = new HashSet<>();
        earlier.forEach(d -> held.add(RecordKey.of(d)));
        List<ObservationDraft> added = new ArrayList<>(fresh.size());
        for (ObservationDraft draft : fresh) {
            if (!held.contains(RecordKey.of(draft))) {
                added.add(draft);
            }
        }
        return added;
    }

    /** One record of a source, whatever its version. */
    private record RecordKey(SourceRef source, Side side, String kind, String sourceId) {
        static RecordKey of(ObservationDraft draft) {
            return new RecordKey(draft.source(), draft.side(), draft.kind(), draft.sourceId());
        }
    }

    /**
     * The added drafts that are not evidence already held, nor repeats within the import. Raw bytes are
     * compared only between drafts of the same version, so most drafts are never hashed whole.
     */
    private static List<ObservationDraft> fresh(List<ObservationDraft> earlier, List<ObservationDraft> added) {
        Map<VersionKey, List<ObservationDraft>> seen = new HashMap<>();
        earlier.forEach(d -> seen.computeIfAbsent(VersionKey.of(d), k -> new ArrayList<>(1)).add(d));
        List<ObservationDraft> fresh = new ArrayList<>(added.size());
        for (ObservationDraft draft : added) {
            List<ObservationDraft> sameVersion = seen.computeIfAbsent(VersionKey.of(draft), k -> new ArrayList<>(1));
            if (sameVersion.stream().noneMatch(d -> Arrays.equals(d.raw(), draft.raw()))) {
                sameVersion.add(draft);
                fresh.add(draft);
            }
        }
        return fresh;
    }
}

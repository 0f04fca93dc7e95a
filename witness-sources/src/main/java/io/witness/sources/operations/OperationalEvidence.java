package io.witness.sources.operations;

import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.finding.EvidenceRef;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.LoggedObservation;
import io.witness.sources.format.OperationalFormat;
import io.witness.sources.format.SourceFormat;
import io.witness.sources.format.SourceFormats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The coverage evidence of a tenant's observations: each observation whose source system names an
 * operational format ({@link OperationalFormat}) is read by that format; of the versions of one record
 * (same source, side, kind and source id) the latest in log order counts, as a correction is a new
 * observation. Ticket observations are left to the ticket formats. Stateless.
 */
public final class OperationalEvidence {

    /**
     * What was read.
     *
     * @param evidence the evidence, format by format in the registry's order
     * @param records how many records it holds (latest versions)
     * @param versions how many observations were read, older versions included
     */
    public record Read(CoverageEvidence evidence, long records, long versions) {
        public Read {
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    private record RecordKey(String system, String instance, String side, String kind, String sourceId) {
        static RecordKey of(ObservationDraft draft) {
            return new RecordKey(draft.source().system(), draft.source().instance(), draft.side().wireName(), draft.kind(), draft.sourceId());
        }
    }

    private OperationalEvidence() {
    }

    /**
     * The evidence of observations given in log order, each with its name ({@code tenant#position}).
     *
     * @throws IllegalArgumentException if an observation's parsed form is not its format's
     */
    public static Read of(List<ObservationDraft> drafts, List<String> names) {
        if (drafts.size() != names.size()) {
            throw new IllegalArgumentException("Each observation needs its name: " + drafts.size() + " observations, " + names.size() + " names");
        }
        Map<String, Map<RecordKey, LoggedObservation>> byFormat = new LinkedHashMap<>();
        long versions = 0;
        for (int i = 0; i < drafts.size(); i++) {
            ObservationDraft draft = drafts.get(i);
            Optional<SourceFormat> format = SourceFormats.named(draft.source().system());
            if (format.isEmpty() || !(format.get() instanceof OperationalFormat)) {
                continue;
            }
            versions++;
            Map<RecordKey, LoggedObservation> latest = byFormat.computeIfAbsent(format.get().name(), k -> new LinkedHashMap<>());
            RecordKey key = RecordKey.of(draft);
            latest.remove(key);
            latest.put(key, new LoggedObservation(EvidenceRef.observation(names.get(i)), draft));
        }
        CoverageEvidence evidence = CoverageEvidence.empty();
        long records = 0;
        for (SourceFormat format : SourceFormats.all()) {
            Map<RecordKey, LoggedObservation> latest = byFormat.get(format.name());
            if (latest != null) {
                evidence = evidence.plus(((OperationalFormat) format).evidence(new ArrayList<>(latest.values())));
                records += latest.size();
            }
        }
        return new Read(evidence, records, versions);
    }
}

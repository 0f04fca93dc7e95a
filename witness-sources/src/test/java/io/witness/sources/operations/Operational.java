package io.witness.sources.operations;

import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.event.Side;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.LoggedObservation;
import io.witness.sources.format.OperationalFormat;
import io.witness.sources.format.ParsedFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses text through an operational format as an import would, and reads the evidence back. */
final class Operational {

    static final Instant RECEIVED = Instant.parse("2026-06-02T12:00:00Z");

    private Operational() {
    }

    static ImportContext context(OperationalFormat format, Optional<String> zone) {
        return new ImportContext(TenantId.of("acme"), Side.PROVIDER, new SourceRef(format.name(), "northwind"), Optional.empty(),
                Optional.empty(), zone.map(ZoneId::of), Optional.empty(), RECEIVED);
    }

    static ParsedFile parse(OperationalFormat format, String file, String text, String zone) {
        return format.parse(new ImportFile(file, text.getBytes(StandardCharsets.UTF_8)), context(format, Optional.ofNullable(zone)));
    }

    /** The evidence of a parse that had no problem, each record cited as {@code file:<name>#<n>}. */
    static CoverageEvidence evidence(OperationalFormat format, ParsedFile parsed, String file) {
        if (!parsed.problems().isEmpty()) {
            throw new AssertionError("unexpected problems: " + parsed.problems());
        }
        List<LoggedObservation> logged = new ArrayList<>();
        int n = 0;
        for (ObservationDraft draft : parsed.observations()) {
            logged.add(new LoggedObservation(EvidenceRef.file(file + "#" + ++n), draft));
        }
        return format.evidence(logged);
    }

    static List<String> problems(ParsedFile parsed) {
        return parsed.problems().stream().map(InputProblem::toString).toList();
    }

    static String raw(ObservationDraft draft) {
        return new String(draft.raw(), StandardCharsets.UTF_8);
    }
}

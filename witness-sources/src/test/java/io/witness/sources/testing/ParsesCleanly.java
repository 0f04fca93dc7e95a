package io.witness.sources.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every fuzzed file must give, whatever its bytes: problems that name the file and say something, or
 * observations each about a case, whose cases then derive their events without an exception.
 */
public final class ParsesCleanly {

    private ParsesCleanly() {
    }

    /** What came of one file: its parse, its observations by case, and each case's events. */
    public record Checked(ParsedFile parsed, Map<CaseId, List<ObservationDraft>> cases, Map<CaseId, CaseEvents> events) {
    }

    /** Parses {@code file}, checks the problems and observations, and derives every case's events. */
    public static Checked check(SourceFormat format, ImportFile file, ImportContext context) {
        ParsedFile parsed = format.parse(file, context);
        for (InputProblem problem : parsed.problems()) {
            assertThat(problem.source()).isEqualTo(file.name());
            assertThat(problem.message()).isNotBlank();
        }
        Map<CaseId, List<ObservationDraft>> cases = new LinkedHashMap<>();
        for (ObservationDraft draft : parsed.observations()) {
            cases.computeIfAbsent(draft.caseRef().orElseThrow(), c -> new ArrayList<>()).add(draft);
        }
        Map<CaseId, CaseEvents> events = new LinkedHashMap<>();
        cases.forEach((caseId, drafts) -> events.put(caseId, format.normalise(caseId, drafts, context)));
        return new Checked(parsed, cases, events);
    }
}

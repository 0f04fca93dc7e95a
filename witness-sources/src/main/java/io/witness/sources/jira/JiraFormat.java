package io.witness.sources.jira;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.export.ExportTable;
import io.witness.sources.export.ExportTables;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code jira-sm} format: Jira Service Management's issue export (CSV, or Excel), and, as further
 * files, each issue's changelog, comments and SLA records as Jira's REST API returns them (JSON). CSV times
 * are in the exporter's zone ({@code --zone}) and format (detected, or {@code date_format} in the
 * {@code --mapping} file); API times carry their offset. An issue's observations share its case, its
 * Issue key. Stateless and thread-safe; docs/importers/jira-sm.md describes every rule.
 */
public final class JiraFormat implements SourceFormat {

    @Override
    public String name() {
        return "jira-sm";
    }

    @Override
    public String description() {
        return "Jira Service Management issue export (CSV) with changelog, comment and SLA JSON from the REST API";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(context, "context");
        Problems problems = new Problems();
        JiraOptions options = JiraOptions.of(context, problems);
        if (JiraJson.isJson(file.bytes())) {
            JiraJson json = new JiraJson(file, context, problems);
            List<ObservationDraft> drafts = json.read();
            return new ParsedFile(problems.isEmpty() ? drafts : List.of(), sorted(problems), json.documents());
        }
        Optional<ExportTable> table = ExportTables.read(file, problems);
        if (table.isEmpty()) {
            return new ParsedFile(List.of(), sorted(problems), 0);
        }
        if (!JiraCsv.isIssueExport(table.get())) {
            problems.add(table.get().headerProblem("expected Jira's issue export (an Issue key column) or the REST API's "
                    + "JSON, found columns " + String.join(", ", table.get().header())));
            return new ParsedFile(List.of(), sorted(problems), table.get().rows().size());
        }
        List<ObservationDraft> drafts = new JiraCsv(table.get(), context, options, problems).read();
        return new ParsedFile(problems.isEmpty() ? drafts : List.of(), sorted(problems), table.get().rows().size());
    }

    @Override
    public CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(context, "context");
        return JiraTimeline.of(caseId, observations, context);
    }

    /** The problems in the order of their place in the file. */
    private static List<InputProblem> sorted(Problems problems) {
        return problems.list().stream()
                .sorted(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column)).toList();
    }
}

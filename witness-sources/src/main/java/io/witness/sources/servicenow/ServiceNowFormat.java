package io.witness.sources.servicenow;

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
 * The {@code servicenow} format: ServiceNow's incident list as the list view exports it (CSV or Excel),
 * and, as further files, its history: {@code sys_audit}, {@code sys_journal_field},
 * {@code metric_instance} and {@code task_sla} exports. Each file is told apart by its columns, which may
 * be headed by label ("Assignment group") or element name ({@code assignment_group}), in any order.
 *
 * <p>Times without an offset are read in {@code --zone}, in the exporting user's format (detected among
 * ServiceNow's, or given as {@code date_format} in the {@code --mapping} file). Display values ("On Hold",
 * "1 - Critical", group names) and raw values (codes, sys_ids) are told apart by the state column, or
 * given as {@code values}. An incident's observations share its case: its sys_id when the export has one
 * (the history names incidents by sys_id), else its number; its events are told under its number.
 *
 * <p>Stateless and thread-safe. docs/importers/servicenow.md describes every rule.
 */
public final class ServiceNowFormat implements SourceFormat {

    @Override
    public String name() {
        return "servicenow";
    }

    @Override
    public String description() {
        return "ServiceNow incident list export (CSV/XLSX) with sys_audit, sys_journal_field, metric_instance, task_sla";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(context, "context");
        Problems problems = new Problems();
        SnOptions options = SnOptions.of(context, problems);
        Optional<ExportTable> table = ExportTables.read(file, problems);
        if (table.isEmpty()) {
            return new ParsedFile(List.of(), sorted(problems), 0);
        }
        Optional<SnTable> kind = SnTable.of(table.get());
        if (kind.isEmpty()) {
            problems.add(table.get().headerProblem("expected a ServiceNow incident list (a Number column), sys_audit "
                    + "(documentkey, fieldname), sys_journal_field (element_id, element), metric_instance (definition, "
                    + "field, start) or task_sla (task, sla, stage) export, found columns "
                    + String.join(", ", table.get().header())));
            return new ParsedFile(List.of(), sorted(problems), table.get().rows().size());
        }
        List<ObservationDraft> drafts = new SnRows(kind.get(), table.get(), context, options, problems).read();
        return new ParsedFile(problems.isEmpty() ? drafts : List.of(), sorted(problems), table.get().rows().size());
    }

    @Override
    public CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(context, "context");
        return SnTimeline.of(caseId, observations, context);
    }

    /** The problems in the order of their place in the file. */
    private static List<InputProblem> sorted(Problems problems) {
        return problems.list().stream()
                .sorted(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column)).toList();
    }
}

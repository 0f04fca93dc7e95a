package io.witness.app.reconcile.cli;

import io.witness.core.clock.ClockResult;
import io.witness.core.contract.Contract;
import io.witness.core.credit.CreditStatement;
import io.witness.core.pattern.Pattern;
import io.witness.core.pattern.PerformanceReport;
import io.witness.core.reconcile.Ambiguity;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.MatchMethod;
import io.witness.core.register.GapRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary {@code reconcile} prints: cases by how they matched, witnessed clocks by state, findings, KPI rows
 * and the patterns' sentences, credits, timings.
 */
final class ReconcileSummary {

    private ReconcileSummary() {
    }

    /**
     * The patterns' sentences, each prefixed with its provider when the contract has several; a line saying
     * there is none when no case opened in the periods.
     */
    static List<String> patternLines(PerformanceReport performance) {
        List<Pattern> patterns = performance.patterns();
        if (patterns.isEmpty()) {
            return List.of("none: no case opened in the periods");
        }
        long providers = patterns.stream().map(Pattern::provider).distinct().count();
        List<String> lines = new ArrayList<>(patterns.size());
        for (Pattern pattern : patterns) {
            lines.add(providers > 1 ? pattern.provider() + ": " + pattern.sentence() : pattern.sentence());
        }
        return lines;
    }

    static String of(Contract contract, ReconcileOutcome outcome, List<String> notes, Path out, List<String> written) {
        StringBuilder text = new StringBuilder();
        text.append("Reconciled under ").append(contract.header().id()).append(" as of ").append(outcome.now())
                .append(", periods ").append(outcome.first()).append("..").append(outcome.last()).append('\n');
        Map<MatchMethod, Integer> methods = new EnumMap<>(MatchMethod.class);
        for (Case c : outcome.correlated().cases()) {
            methods.merge(c.match().method(), 1, Integer::sum);
        }
        text.append("Cases: ").append(outcome.correlated().cases().size()).append(" (");
        StringBuilder parts = new StringBuilder();
        methods.forEach((m, n) -> parts.append(parts.length() == 0 ? "" : ", ").append(n).append(' ').append(m.wireName()));
        text.append(parts).append("); ").append(outcome.correlated().ambiguities().size()).append(" ambiguous\n");
        for (Ambiguity ambiguity : outcome.correlated().ambiguities()) {
            text.append("  ").append(ambiguity.reason()).append('\n');
        }
        Map<String, Integer> states = new TreeMap<>();
        int clocks = 0;
        for (CaseReport report : outcome.reports()) {
            for (ClockResult result : report.clocks().witnessedClocks()) {
                states.merge(result.state().wireName(), 1, Integer::sum);
                clocks++;
            }
        }
        text.append("Witnessed clocks: ").append(clocks).append(' ').append(states).append('\n');
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (GapRecord gap : outcome.gaps()) {
            kinds.merge(gap.finding().kind().code(), 1, Integer::sum);
        }
        text.append("Findings: ").append(outcome.gaps().size()).append(' ').append(kinds).append('\n');
        text.append("KPI rows: ").append(outcome.performance().kpis().rows().size()).append('\n');
        text.append("Patterns (witness timeline):\n");
        for (String line : patternLines(outcome.performance())) {
            text.append("- ").append(line).append('\n');
        }
        for (CreditStatement statement : outcome.credits()) {
            text.append("Credit: ").append(statement.provider()).append(' ').append(statement.period().label()).append(": ")
                    .append(statement.owed()).append(" owed").append(statement.chronicFailure().map(c -> " (chronic failure)")
                            .orElse("")).append('\n');
        }
        for (String note : notes) {
            text.append("Note: ").append(note).append('\n');
        }
        text.append("Time per stage:");
        outcome.stageMillis().forEach((stage, millis) -> text.append(' ').append(stage).append(' ').append(millis).append(" ms;"));
        text.setLength(text.length() - 1);
        text.append("\nWritten to ").append(out).append(": ").append(String.join(", ", written)).append('\n');
        return text.toString();
    }
}

package io.witness.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every report of one audit's facts, by kind: the audit report, a monthly service report per month (or one
 * month), a QBR pack per quarter, the renewal brief and the claim letter, each as XHTML and PDF with the
 * CSV and JSON files of its tables beside them.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * The reports of the kinds asked for, in the kinds' order, months and quarters in time order.
     *
     * @param month the one month to write a monthly report of; empty for every month reported
     * @throws IllegalArgumentException if {@code month} is outside the months reported
     */
    public static List<ReportDocument> documents(AuditReport report, Set<ReportKind> kinds, Optional<YearMonth> month) {
        AuditFacts facts = report.facts();
        if (month.isPresent() && (month.get().isBefore(facts.first()) || month.get().isAfter(facts.last()))) {
            throw new IllegalArgumentException("--month " + month.get() + " is outside the months reported, " + facts.first()
                    + " to " + facts.last());
        }
        List<ReportDocument> documents = new ArrayList<>();
        for (ReportKind kind : kinds) {
            switch (kind) {
                case AUDIT -> documents.add(AuditTables.document(report));
                case MONTHLY -> {
                    for (YearMonth m = facts.first(); !m.isAfter(facts.last()); m = m.plusMonths(1)) {
                        if (month.isEmpty() || month.get().equals(m)) {
                            documents.add(MonthlyReport.of(report, m));
                        }
                    }
                }
                case QBR -> {
                    YearMonth q = facts.first().withMonth((facts.first().getMonthValue() - 1) / 3 * 3 + 1);
                    for (; !q.isAfter(facts.last()); q = q.plusMonths(3)) {
                        documents.add(QbrReport.of(report, q));
                    }
                }
                case RENEWAL -> documents.add(RenewalBrief.of(report));
                case CLAIM -> documents.add(ClaimReport.of(report));
                default -> throw new IllegalStateException("No report of kind " + kind);
            }
        }
        return documents;
    }

    /**
     * Writes each document's HTML, PDF and table files to {@code out} (created when missing).
     *
     * @return the paths written: per document its HTML, its PDF, then its tables' CSV and JSON files
     */
    public static List<Path> write(List<ReportDocument> documents, Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        for (ReportDocument document : documents) {
            Path html = out.resolve(document.base() + ".html");
            Files.writeString(html, document.html(), StandardCharsets.UTF_8);
            Path pdf = out.resolve(document.base() + ".pdf");
            Files.write(pdf, AuditPdf.of(document.html()));
            written.add(html);
            written.add(pdf);
            for (Table table : document.tables()) {
                written.addAll(TableFiles.write(out, document.base(), table));
            }
        }
        return written;
    }
}

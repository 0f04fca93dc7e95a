package io.witness.app.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        List<ReportDocument> linked = new ArrayList<>(documents.size());
        for (ReportDocument d : documents) {
            linked.add(new ReportDocument(d.base(), d.title(), ShownLinks.of(d.html()), d.tables()));
        }
        return linked;
    }

    /**
     * Writes each document's HTML, PDF and table files to {@code out} (created when missing), on as many threads as
     * there are cores: the PDF and each table's files are independent, and a table's files are streamed from its rows.
     *
     * @return the paths written: per document its HTML, its PDF, then its tables' CSV and JSON files
     */
    public static List<Path> write(List<ReportDocument> documents, Path out) throws IOException {
        Files.createDirectories(out);
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<List<Path>>> parts = new ArrayList<>();
            for (ReportDocument document : documents) {
                Path html = out.resolve(document.base() + ".html");
                Path pdf = out.resolve(document.base() + ".pdf");
                parts.add(threads.submit(() -> {
                    Files.writeString(html, document.html(), StandardCharsets.UTF_8);
                    Files.write(pdf, AuditPdf.of(document.html()));
                    return List.of(html, pdf);
                }));
                for (Table table : document.tables()) {
                    parts.add(threads.submit(() -> TableFiles.write(out, document.base(), table)));
                }
            }
            List<Path> written = new ArrayList<>();
            for (Future<List<Path>> part : parts) {
                written.addAll(done(part));
            }
            return written;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The part's result once written; its failure as it was thrown. */
    private static List<Path> done(Future<List<Path>> part) throws IOException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while writing the reports");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Could not write the reports", cause);
        }
    }
}

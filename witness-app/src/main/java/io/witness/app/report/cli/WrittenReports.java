package io.witness.app.report.cli;

import io.witness.app.CliFailure;
import io.witness.app.report.AuditReport;
import io.witness.app.report.ReportKind;
import io.witness.app.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The reports {@code --kinds} and {@code --month} ask for, written to {@code --out}, and the lines that list them. */
final class WrittenReports {

    private WrittenReports() {
    }

    static List<Path> write(AuditReport report, String kinds, @Nullable YearMonth month, Path out) throws IOException {
        Set<ReportKind> chosen;
        try {
            chosen = ReportKind.parse(kinds);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--kinds: " + e.getMessage());
        }
        try {
            return Reports.write(Reports.documents(report, chosen, Optional.ofNullable(month)), out);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
    }

    /** One line per report: its HTML and PDF, and how many table files are beside them. */
    static void print(PrintWriter stdout, List<Path> written) {
        int tables = 0;
        Path html = null;
        for (Path path : written) {
            String name = path.getFileName().toString();
            if (name.endsWith(".html")) {
                if (html != null) {
                    stdout.println(line(html, tables));
                }
                html = path;
                tables = 0;
            } else if (name.endsWith(".csv") || name.endsWith(".json")) {
                tables++;
            }
        }
        if (html != null) {
            stdout.println(line(html, tables));
        }
    }

    private static String line(Path html, int tableFiles) {
        String pdf = html.toString().substring(0, html.toString().length() - ".html".length()) + ".pdf";
        return "  " + html + ", " + pdf + " (" + tableFiles / 2 + " tables as CSV and JSON)";
    }
}

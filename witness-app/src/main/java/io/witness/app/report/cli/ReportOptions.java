package io.witness.app.report.cli;

import io.witness.app.CliFailure;
import io.witness.app.report.AuditReport;
import io.witness.core.contract.Contract;
import io.witness.core.kpi.ReportingPeriods;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** What {@code report} and {@code audit} share: the period, the instant computed as of, the kinds written and where. */
public final class ReportOptions {

    @Option(names = "--period", paramLabel = "FROM..TO", description = "Months or quarters reported, e.g. 2026-01..2026-03 (default: from the first case's month to --now's).")
    private @Nullable String period;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Compute as of this instant (ISO-8601 with offset); default: the current time.")
    private @Nullable OffsetDateTime now;

    @Option(names = "--kinds", paramLabel = "KIND,…", defaultValue = "audit,monthly,qbr,renewal,claim",
            description = "The reports to write, of audit, monthly, qbr, renewal, claim (default: all).")
    private String kinds = "audit,monthly,qbr,renewal,claim";

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "Write the monthly service report of this month only (default: every month reported).")
    private @Nullable YearMonth month;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the reports to.")
    private Path out;

    /** The instant to compute as of: {@code --now}, else the current time. */
    Instant asOf() {
        return now != null ? now.toInstant() : Instant.now();
    }

    /**
     * The periods {@code --period} names, in the contract's zone; empty when not given.
     *
     * @throws CliFailure if {@code --period} is not one
     */
    Optional<ReportingPeriods> periods(Contract contract) {
        try {
            return period == null ? Optional.empty() : Optional.of(ReportingPeriods.parse(period, contract.header().zone()));
        } catch (DateTimeException e) {
            throw new CliFailure("--period: " + e.getMessage());
        }
    }

    /**
     * Writes the reports {@code --kinds} names to {@code --out}, then prints {@code heading}, their paths and the
     * three headline figures.
     */
    void writeAndPrint(AuditReport report, String heading, PrintWriter stdout) throws IOException {
        List<Path> written = WrittenReports.write(report, kinds, month, out);
        stdout.println(heading);
        WrittenReports.print(stdout, written);
        stdout.println("SLA attainment " + report.headlines().attainment() + " (" + report.headlines().met() + " of "
                + report.headlines().counted() + " clocks met); credits owed " + report.headlines().credits() + "; "
                + report.headlines().findings() + " findings");
        stdout.flush();
    }
}

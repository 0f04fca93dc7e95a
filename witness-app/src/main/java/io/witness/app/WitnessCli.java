package io.witness.app;

import io.witness.app.calendar.cli.CalcCommand;
import io.witness.app.clock.cli.ClocksCommand;
import io.witness.app.contract.cli.ContractCommand;
import io.witness.app.coverage.cli.CoverageCommand;
import io.witness.app.demo.cli.DemoCommand;
import io.witness.app.ingest.cli.ImportCommand;
import io.witness.app.kpi.cli.KpisCommand;
import io.witness.app.ledger.cli.KeyCommand;
import io.witness.app.ledger.cli.LedgerLoadCommand;
import io.witness.app.ledger.cli.ProofCommand;
import io.witness.app.reconcile.cli.AnnotateCommand;
import io.witness.app.reconcile.cli.ReconcileCommand;
import io.witness.app.report.cli.AuditCommand;
import io.witness.app.report.cli.ReportCommand;
import io.witness.app.verify.cli.VerifyCommand;
import io.witness.app.verify.cli.VerifyPackCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./witness} launcher's entry point. Commands wire the parts they need with plain
 * constructors; nothing here starts a framework, so a command answers in well under a second.
 */
@Command(
        name = "witness",
        mixinStandardHelpOptions = true,
        version = "witness 0.1.0",
        description = "The neutral record of what a managed service provider delivered against its contract.",
        subcommands = {DemoCommand.class, ImportCommand.class, CalcCommand.class, ClocksCommand.class, KpisCommand.class, ReconcileCommand.class, AnnotateCommand.class, ReportCommand.class, AuditCommand.class, CoverageCommand.class, ContractCommand.class, VerifyCommand.class, ProofCommand.class,
            VerifyPackCommand.class, KeyCommand.class, LedgerLoadCommand.class, CommandLine.HelpCommand.class})
public final class WitnessCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with Witness's conventions: exit 2 for bad usage or bad input, 1 for a failure. */
    public static CommandLine commandLine() {
        return new CommandLine(new WitnessCli())
                .setExitCodeExceptionMapper(CliErrors::exitCode)
                .setExecutionExceptionHandler(CliErrors::report);
    }
}

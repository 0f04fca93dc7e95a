package io.witness.app.demo.cli;

import io.witness.app.WitnessCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The README's first command: the whole audit ({@code ./witness audit}: every export imported into the ledger,
 * both sides' tickets reconciled, the coverage audit, the signed reports) on the bundled demo tenant
 * (examples/demo: a year of Acme Dental Group and Northwind IT, with the gaps an audit exists to find planted
 * in it), as of {@link #NOW}. The ledger is the usual data folder, so a second run adds nothing. With
 * {@code --clocks}, the clock engine's replay of examples/quickstart instead.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the whole audit on the bundled demo tenant (examples/demo: a year of a 150-person client's "
            + "tickets on both sides and its operational exports, with gaps planted): imports it into the ledger, "
            + "reconciles, audits coverage and writes the reports; ends with their paths and the three headline "
            + "figures.")
public final class DemoCommand implements Callable<Integer> {

    /** The instant the demo audits as of: after the demo year's last ticket is closed. */
    static final String NOW = "2026-11-13T12:00:00-05:00";
    /** The reports the demo writes when the audit command can choose them: the month shown is the year's last. */
    static final String KINDS = "audit,monthly,renewal,claim";
    static final String MONTH = "2026-10";

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "witness-data",
            description = "Data folder: embedded PostgreSQL and the signing key (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "witness-demo",
            description = "The folder to write the reports to (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--clocks", description = "Replay the SLA clock engine on examples/quickstart instead (the first demo).")
    private boolean clocks;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (clocks) {
            return ClockReplay.print(stdout);
        }
        stdout.println("Witness demo: the whole audit of the bundled example " + BundledExample.FOLDER + " — Acme Dental Group");
        stdout.println("(150 people, ServiceNow) and its MSP Northwind IT (ConnectWise PSA), November 2025 to October 2026:");
        stdout.println("both sides' tickets and the operational exports, with the gaps listed in " + BundledExample.FOLDER
                + "README.md planted.");
        stdout.println("As of " + NOW + "; ledger in " + data + ", reports in " + out + ". What the audit must find is in "
                + BundledExample.FOLDER + "expected.yaml.");
        stdout.println();
        stdout.flush();
        Path folder = Files.createTempDirectory("witness-demo-");
        try {
            BundledExample.copyTo(folder);
            CommandLine cli = WitnessCli.commandLine();
            cli.setOut(stdout);
            cli.setErr(spec.commandLine().getErr());
            return cli.execute(auditArguments(cli, folder));
        } finally {
            deleteAll(folder);
        }
    }

    private String[] auditArguments(CommandLine cli, Path folder) {
        List<String> args = new ArrayList<>(List.of("audit", "--contract", folder.resolve("contract.yaml").toString(), "--evidence",
                folder.resolve("evidence").toString(), "--now", NOW, "--data", data.toString(), "--out", out.toString()));
        CommandSpec audit = cli.getSubcommands().get("audit").getCommandSpec();
        // Every report of every month and quarter takes minutes; the demo shows one of each kind it names.
        if (audit.findOption("--kinds") != null) {
            args.addAll(List.of("--kinds", KINDS));
        }
        if (audit.findOption("--month") != null) {
            args.addAll(List.of("--month", MONTH));
        }
        return args.toArray(String[]::new);
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

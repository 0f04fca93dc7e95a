package io.witness.app.clock.cli;

import io.witness.app.TextFiles;
import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockResultJson;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.EventLines;
import io.witness.core.event.TicketEvent;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./witness clocks --contract C.yaml --events E.jsonl [--now T] [--out F]}. */
@Command(name = "clocks", mixinStandardHelpOptions = true,
        description = "Computes every SLA clock of every case: one JSON line per case, clock, cycle and side (client, "
            + "provider, and witness where both sides recorded the case), with its segments. The summary and "
            + "warnings go to standard error (to standard output with --out).")
public final class ClocksCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--contract", required = true, paramLabel = "CONTRACT.yaml", description = "Calendars, clocks, status classes.")
    private Path contractFile;

    @Option(names = "--events", required = true, paramLabel = "EVENTS.jsonl", description = "Events (docs/events.md); - for standard input.")
    private Path eventsFile;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Compute as of this instant (ISO-8601 with offset); default: the current time.")
    private @Nullable OffsetDateTime now;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON lines here instead of standard output.")
    private @Nullable Path out;

    @Override
    public Integer call() throws Exception {
        Contract contract = ContractYaml.parse(TextFiles.read(contractFile, System.in), TextFiles.name(contractFile));
        List<TicketEvent> events = EventLines.read(TextFiles.read(eventsFile, System.in), TextFiles.name(eventsFile)).orThrow();
        Instant asOf = now != null ? now.toInstant() : Instant.now();
        ClockReport run = ClockReport.of(contract, events, asOf);
        if (out != null) {
            try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (ClockResult result : run.results()) {
                    writer.write(ClockResultJson.write(result));
                    writer.newLine();
                }
            }
            spec.commandLine().getOut().print(ClockSummary.of(run) + "written to " + out + "\n");
            spec.commandLine().getOut().flush();
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            for (ClockResult result : run.results()) {
                stdout.println(ClockResultJson.write(result));
            }
            stdout.flush();
            spec.commandLine().getErr().print(ClockSummary.of(run));
            spec.commandLine().getErr().flush();
        }
        return 0;
    }
}

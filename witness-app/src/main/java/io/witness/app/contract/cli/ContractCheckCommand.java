package io.witness.app.contract.cli;

import io.witness.app.TextFiles;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./witness contract check FILE}: every problem with its place (exit 2), or a summary of the terms. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a contract file (docs/contract.md) and prints its terms: parties, period, versions, and per "
            + "provider the SLA targets per priority and metric, credits, obligations and pricing; then the RACI. A "
            + "bad file is refused whole, with every problem listed (exit code 2).")
public final class ContractCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The contract (YAML); - for standard input.")
    private Path file;

    @Override
    public Integer call() throws Exception {
        Contract contract = ContractYaml.parse(TextFiles.read(file, System.in), TextFiles.name(file));
        spec.commandLine().getOut().print(ContractSummary.of(contract, TextFiles.name(file)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

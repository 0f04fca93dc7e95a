package io.witness.app.contract.cli;

import picocli.CommandLine.Command;

/** {@code ./witness contract check FILE} and {@code ./witness contract schema}. */
@Command(name = "contract", mixinStandardHelpOptions = true,
        description = "Checks a contract file and summarises its terms, or prints the contract format's JSON Schema.",
        subcommands = {ContractCheckCommand.class, ContractSchemaCommand.class})
public final class ContractCommand {
}

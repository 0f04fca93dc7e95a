package io.witness.app.contract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./witness contract schema}: the JSON Schema of the contract format, as published in docs/schemas. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (2020-12) of the contract format, docs/schemas/contract.schema.json.")
public final class ContractSchemaCommand implements Callable<Integer> {

    static final String RESOURCE = "/schemas/contract.schema.json";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (InputStream in = ContractSchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the schema is missing from the application: " + RESOURCE);
            }
            spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}

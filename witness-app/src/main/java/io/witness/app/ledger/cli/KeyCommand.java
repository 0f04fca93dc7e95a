package io.witness.app.ledger.cli;

import io.witness.ledger.checkpoint.VerifyingKey;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./witness key}: the public key that checkpoints are signed with, as PEM. */
@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Prints the ledger's Ed25519 public key (PEM), creating the key pair in DIR/keys on first use. Give "
            + "it to both parties: verify-pack --key checks evidence packs against it.")
public final class KeyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the PEM to FILE instead of standard output.")
    private Optional<Path> out = Optional.empty();

    @Override
    public Integer call() throws Exception {
        VerifyingKey key = store.verifyingKey();
        PrintWriter stdout = spec.commandLine().getOut();
        if (out.isPresent()) {
            Files.writeString(out.get(), key.pem(), StandardCharsets.US_ASCII);
            stdout.println("wrote the public key " + key.keyId() + " to " + out.get());
        } else {
            stdout.print(key.pem());
        }
        spec.commandLine().getErr().println("key id " + key.keyId());
        stdout.flush();
        return 0;
    }
}

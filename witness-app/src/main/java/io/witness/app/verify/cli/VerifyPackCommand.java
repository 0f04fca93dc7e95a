package io.witness.app.verify.cli;

import io.witness.app.CliFailure;
import io.witness.app.ledger.cli.EarlierCheckpoint;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.VerifyingKey;
import io.witness.ledger.pack.PackFormatException;
import io.witness.ledger.pack.PackReader;
import io.witness.ledger.pack.PackReport;
import io.witness.ledger.pack.PackVerifier;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./witness verify-pack pack.zip [--key KEY.pem] [--since EARLIER]}: checks an evidence pack offline,
 * with no database.
 */
@Command(name = "verify-pack", mixinStandardHelpOptions = true,
        description = "Checks an evidence pack offline: the checkpoint's signature, each observation's digest and leaf "
            + "hash, and its inclusion proof. With --key, also that the pack was signed with that key (the one "
            + "'witness key' printed). With --since, also that the pack proves the log extends that earlier "
            + "checkpoint. Exit code 3 when anything fails; docs/evidence-pack.md describes the format.")
public final class VerifyPackCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACK.zip", description = "The evidence pack.")
    private Path pack;

    @Option(names = "--key", paramLabel = "KEY.pem", description = "The ledger's public key, as published by its operator.")
    private Optional<Path> key = Optional.empty();

    @Option(names = "--since", paramLabel = "EARLIER",
            description = "An earlier checkpoint you hold (an evidence pack, or a checkpoint's lines and its 'signature' line "
            + "as the audit report prints them): the pack must prove that the log extends exactly this one.")
    private Optional<Path> since = Optional.empty();

    @Override
    public Integer call() throws Exception {
        Optional<VerifyingKey> trusted = key.isPresent() ? Optional.of(readKey(key.get())) : Optional.empty();
        Optional<SignedCheckpoint> held = since.isPresent() ? Optional.of(EarlierCheckpoint.read(since.get())) : Optional.empty();
        PackReport report;
        try {
            report = PackVerifier.verify(PackReader.read(pack), trusted, held);
        } catch (PackFormatException e) {
            throw new CliFailure(pack + " is not an evidence pack: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        report.problems().forEach(out::println);
        out.println(report.summary());
        out.flush();
        return report.isVerified() ? 0 : VerifyCommand.NOT_INTACT;
    }

    private static VerifyingKey readKey(Path file) throws java.io.IOException {
        try {
            return VerifyingKey.fromPem(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--key " + file + ": " + e.getMessage());
        }
    }
}

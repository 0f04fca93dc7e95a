package io.witness.app.ledger.cli;

import io.witness.app.CliFailure;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.pack.PackFormatException;
import io.witness.ledger.pack.PackReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The earlier checkpoint that {@code proof --since} and {@code verify-pack --since} take: an evidence pack,
 * or a checkpoint's six lines followed by {@code signature BASE64} as the audit report prints them.
 */
public final class EarlierCheckpoint {

    private EarlierCheckpoint() {
    }

    /**
     * @throws CliFailure naming the option and the file when it holds no signed checkpoint
     */
    public static SignedCheckpoint read(Path file) throws IOException {
        try {
            return PackReader.readCheckpoint(file);
        } catch (PackFormatException e) {
            throw new CliFailure("--since: " + e.getMessage());
        }
    }
}

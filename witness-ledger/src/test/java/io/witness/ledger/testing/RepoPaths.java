package io.witness.ledger.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository and of {@code ../shared} from wherever the tests run. */
public final class RepoPaths {

    private RepoPaths() {
    }

    /** The repository's root: the nearest folder upwards whose pom.xml lists modules. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path pom = d.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) {
                    return d;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No pom.xml with <modules> above " + dir);
    }

    /** The Merkle proof vectors beside the repository: {@code ../shared/data/merkle-vectors}. */
    public static Path merkleVectors() {
        Path vectors = root().resolveSibling("shared").resolve("data").resolve("merkle-vectors");
        if (!Files.isDirectory(vectors)) {
            throw new IllegalStateException("The Merkle vectors are missing: " + vectors);
        }
        return vectors;
    }
}

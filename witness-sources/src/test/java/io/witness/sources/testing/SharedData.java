package io.witness.sources.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of {@code ../shared/data} (the real logs) and of the repository from wherever the tests run. */
public final class SharedData {

    private SharedData() {
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

    /** A file under {@code ../shared/data}, such as {@code real/uci-servicenow-incident-log/incident_event_log.csv.gz}. */
    public static Path file(String relative) {
        Path file = root().resolveSibling("shared").resolve("data").resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The shared data file is missing: " + file);
        }
        return file;
    }

    /** A test resource of this module, as a path. */
    public static Path resource(String relative) {
        return root().resolve("witness-sources/src/test/resources").resolve(relative);
    }
}

package io.witness.sources.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real public logs in {@code ../shared/data/real/} beside the repository (the module's working folder
 * is {@code witness-sources}, so two levels up); {@code -Dwitness.realData=DIR} points elsewhere. A build
 * from a copy of the repository elsewhere (as each engineer's private build folder is) finds them at
 * {@code /work/shared/data/real}, where the workspace keeps them.
 */
public final class RealData {

    private RealData() {
    }

    /** The file at {@code relative} under the real-data folder; fails the test naming where it looked. */
    public static Path file(String relative) {
        String given = System.getProperty("witness.realData");
        Path here = Path.of("").toAbsolutePath();
        List<Path> tried = given != null ? List.of(Path.of(given))
                : List.of(here.resolve("../../shared/data/real").normalize(), here.resolve("../shared/data/real").normalize(),
                        Path.of("/work/shared/data/real"));
        for (Path folder : tried) {
            Path file = folder.resolve(relative);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new AssertionError("The real log " + relative + " is not under " + tried
                + "; give -Dwitness.realData=DIR (the folder shared/data/real)");
    }
}

package io.witness.core.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The contract files the tests walk: the examples, the clock fixtures' contract, and the broken corpus. */
final class ContractFiles {

    // Surefire runs in the module's folder; examples and docs live at the repository's root.
    static final Path EXAMPLES = Path.of("../examples");
    static final Path BROKEN = Path.of("src/test/resources/contract/broken");
    static final Path BROKEN_REFERENCES = Path.of("src/test/resources/contract/broken-references");

    private ContractFiles() {
    }

    /**
     * Every contract.yaml under examples/, the clocks-only contract the clock fixtures share, and a file
     * that uses every key of the format.
     */
    static Stream<Path> valid() {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            List<Path> files = dirs.map(d -> d.resolve("contract.yaml")).filter(Files::exists).sorted().toList();
            return Stream.concat(files.stream(), Stream.of(Path.of("src/test/resources/clock/contract.yaml"),
                    Path.of("src/test/resources/contract/every-field.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> in(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems a broken file expects, one per {@code # expect: } line at its top. */
    static List<String> expected(Path file) {
        return read(file).lines().takeWhile(l -> l.startsWith("#")).filter(l -> l.startsWith("# expect: "))
                .map(l -> l.substring("# expect: ".length())).toList();
    }
}

package io.witness.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.calendar.BusinessCalendar;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading a contract, writing it with {@link ContractYamlWriter} and reading that again gives the same
 * contract, for every example and for a file that uses every field. Calendars compare by their versions
 * ({@link BusinessCalendar} has no value equality).
 */
class ContractRoundTripTest {

    static Stream<Path> contracts() {
        return ContractFiles.valid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void readsBackWhatItWrites(Path file) {
        Contract read = ContractYaml.parse(ContractFiles.read(file), file.toString());

        String written = ContractYamlWriter.write(read);
        Contract reread = ContractYaml.parse(written, "written " + file);

        assertThat(reread).usingRecursiveComparison()
                .withEqualsForType((a, b) -> a.versions().equals(b.versions()), BusinessCalendar.class)
                .isEqualTo(read);
        assertThat(ContractYamlWriter.write(reread)).isEqualTo(written);
    }
}

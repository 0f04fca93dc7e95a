package io.witness.bench.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTenantGeneratorTest {

    @TempDir
    Path dir;

    @Test // #9
    void writesExactlyTheBundledExampleAgain() throws Exception {
        DemoTenantGenerator.main(new String[] {dir.toString()});

        Path bundled = Path.of("../examples/demo");
        List<Path> written;
        try (Stream<Path> files = Files.walk(dir)) {
            written = files.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
        assertThat(written).hasSize(20);
        for (Path file : written) {
            assertThat(Files.readString(dir.resolve(file))).as(file.toString()).isEqualTo(Files.readString(bundled.resolve(file)));
        }
    }

    @Test // #9
    void businessMinutesAddedAreTheBusinessMinutesBetween() {
        // Friday 16:00 New York before Thanksgiving week's Monday; over a weekend, across the November clock change.
        Instant friday = Instant.parse("2025-10-31T20:00:00Z");
        for (long minutes : new long[] {1, 119, 120, 121, 600, 601, 2400, 6000}) {
            assertThat(OfficeHours.between(friday, OfficeHours.add(friday, minutes))).as("%d minutes", minutes).isEqualTo(minutes);
        }
        assertThat(OfficeHours.add(friday, 120)).isEqualTo(Instant.parse("2025-10-31T22:00:00Z"));
        assertThat(OfficeHours.add(friday, 121)).isEqualTo(Instant.parse("2025-11-03T13:01:00Z"));
        // Wednesday 17:00 before Thanksgiving: the next business minute after 18:00 is Friday 08:00.
        assertThat(OfficeHours.add(Instant.parse("2025-11-26T22:00:00Z"), 61)).isEqualTo(Instant.parse("2025-11-28T13:01:00Z"));
    }
}

package io.witness.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LedgerTimeTest {

    private static final DateTimeFormatter DOCUMENTED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    static Stream<Instant> times() {
        return Stream.of(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.000001Z"), Instant.parse("2024-02-29T12:03:04.5Z"),
                Instant.parse("2026-03-06T16:00:00.123456789Z"), Instant.parse("0999-10-09T08:07:06.000100Z"));
    }

    @ParameterizedTest
    @MethodSource("times")
    void formatsAsTheDocumentedPatternCutToTheMicrosecond(Instant time) {
        String text = LedgerTime.format(time);

        assertThat(text).isEqualTo(DOCUMENTED.format(LedgerTime.normalise(time)));
        assertThat(LedgerTime.parse(text)).isEqualTo(LedgerTime.normalise(time));
    }
}

package io.witness.sources.psa;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.autotask.AutotaskFormat;
import io.witness.sources.connectwise.ConnectWiseFormat;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import io.witness.sources.halopsa.HaloFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever bytes a PSA format is given, parsing ends in observations and clean problems (each with its
 * file and a message), never an exception; and normalising what it kept never fails either. The inputs
 * are random bytes and the fixtures of every PSA with bytes flipped, cut, duplicated or inserted.
 */
class PsaFormatsFuzzProperties {

    private static final List<SourceFormat> FORMATS = List.of(new ConnectWiseFormat(), new AutotaskFormat(), new HaloFormat());
    private static final List<ImportFile> FIXTURES = List.of(
            PsaImports.file(ConnectWiseFormat.class, "/io/witness/sources/connectwise/tickets-api.json"),
            PsaImports.file(ConnectWiseFormat.class, "/io/witness/sources/connectwise/audittrail-88123.json"),
            PsaImports.file(ConnectWiseFormat.class, "/io/witness/sources/connectwise/notes-88123.json"),
            PsaImports.file(ConnectWiseFormat.class, "/io/witness/sources/connectwise/board-export.csv"),
            PsaImports.file(AutotaskFormat.class, "/io/witness/sources/autotask/tickets-query.json"),
            PsaImports.file(AutotaskFormat.class, "/io/witness/sources/autotask/ticket-history-4711.json"),
            PsaImports.file(AutotaskFormat.class, "/io/witness/sources/autotask/ticket-search.csv"),
            PsaImports.file(HaloFormat.class, "/io/witness/sources/halopsa/tickets.json"),
            PsaImports.file(HaloFormat.class, "/io/witness/sources/halopsa/actions-3051.json"),
            PsaImports.file(HaloFormat.class, "/io/witness/sources/halopsa/report.csv"));

    @Property(tries = 300)
    void randomBytesEndInCleanProblems(@ForAll("formats") SourceFormat format, @ForAll("randomFiles") ImportFile file,
            @ForAll boolean withZone) {
        readsCleanly(format, file, withZone);
    }

    @Property(tries = 600)
    void mutatedExportsEndInObservationsOrCleanProblems(@ForAll("formats") SourceFormat format,
            @ForAll("mutatedFixtures") ImportFile file, @ForAll boolean withZone) {
        readsCleanly(format, file, withZone);
    }

    private static void readsCleanly(SourceFormat format, ImportFile file, boolean withZone) {
        ImportContext context = PsaImports.context(format.name(), withZone ? Optional.of(ZoneId.of("America/New_York")) : Optional.empty());
        ParsedFile parsed = format.parse(file, context);
        for (InputProblem problem : parsed.problems()) {
            assertThat(problem.source()).isEqualTo(file.name());
            assertThat(problem.message()).isNotBlank();
        }
        for (ObservationDraft draft : parsed.observations()) {
            assertThat(draft.caseRef()).isPresent();
        }
        PsaImports.normaliseAll(format, context, parsed.observations());
    }

    @Provide
    Arbitrary<SourceFormat> formats() {
        return Arbitraries.of(FORMATS);
    }

    @Provide
    Arbitrary<ImportFile> randomFiles() {
        Arbitrary<byte[]> bytes = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(400),
                Arbitraries.strings().withChars("[]{}\",:;\t\r\n 0123456789abcTZ-/.\\\u00e9\ufeff").ofMaxLength(400)
                        .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return bytes.map(b -> new ImportFile("fuzz.bin", b));
    }

    @Provide
    Arbitrary<ImportFile> mutatedFixtures() {
        return Combinators.combine(Arbitraries.of(FIXTURES), Arbitraries.integers().between(1, 6),
                Arbitraries.longs()).as((fixture, mutations, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    byte[] bytes = fixture.bytes().clone();
                    for (int i = 0; i < mutations && bytes.length > 0; i++) {
                        bytes = mutate(bytes, random);
                    }
                    return new ImportFile(fixture.name(), bytes);
                });
    }

    private static byte[] mutate(byte[] bytes, java.util.Random random) {
        int at = random.nextInt(bytes.length);
        byte[] interesting = {'"', ',', ';', '\n', '\r', '{', '}', '[', ']', ':', '0', '/', ' ', (byte) 0xC3, (byte) 0xFF};
        switch (random.nextInt(5)) {
            case 0 -> bytes[at] = (byte) random.nextInt(256);
            case 1 -> bytes[at] = interesting[random.nextInt(interesting.length)];
            case 2 -> bytes = java.util.Arrays.copyOf(bytes, at);
            case 3 -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
                byte[] longer = new byte[bytes.length + length];
                System.arraycopy(bytes, 0, longer, 0, at + length);
                System.arraycopy(bytes, at, longer, at + length, bytes.length - at);
                bytes = longer;
            }
            default -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
                byte[] shorter = new byte[bytes.length - length];
                System.arraycopy(bytes, 0, shorter, 0, at);
                System.arraycopy(bytes, at + length, shorter, at, bytes.length - at - length);
                bytes = shorter;
            }
        }
        return bytes;
    }
}

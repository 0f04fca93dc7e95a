package io.witness.sources.servicenow;

import static io.witness.sources.export.Fixtures.client;
import static io.witness.sources.export.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.testing.Mutations;
import io.witness.sources.testing.ParsesCleanly;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes come in, the servicenow parser answers with observations or clean problems, never an exception. */
class ServiceNowParserProperties {

    private static final ServiceNowFormat FORMAT = new ServiceNowFormat();
    private static final ImportContext LONDON = client("servicenow", Optional.of(ZoneId.of("Europe/London")));
    private static final List<String> FIXTURES = List.of("incidents-labels.csv", "incidents-elements.csv", "incidents-raw.csv",
            "audit-inc0010001.csv", "journal-inc0010001.csv", "metric-inc0010002.csv", "task-sla-inc0010002.csv");

    @Provide
    Arbitrary<byte[]> mutatedExports() {
        return Mutations.mutated(FIXTURES.stream().map(name -> file(ServiceNowParserProperties.class, name).bytes()).toList());
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(400),
                Arbitraries.strings().withChars("Number,Opened;State\"\n\r 0123456789/:-INCabc").ofMaxLength(400)
                        .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Property(tries = 400)
    void aMutatedExportGivesObservationsOrProblemsNeverAnException(@ForAll("mutatedExports") byte[] bytes) {
        checkParsesCleanly(bytes);
    }

    @Property(tries = 400)
    void randomBytesGiveProblemsNeverAnException(@ForAll("randomBytes") byte[] bytes) {
        checkParsesCleanly(bytes);
    }

    private static void checkParsesCleanly(byte[] bytes) {
        ParsedFile parsed = ParsesCleanly.check(FORMAT, new ImportFile("fuzz.csv", bytes), LONDON).parsed();

        assertThat(parsed.problems().isEmpty() || parsed.observations().isEmpty()).isTrue();
    }
}

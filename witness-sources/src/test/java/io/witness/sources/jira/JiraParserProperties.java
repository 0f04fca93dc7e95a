package io.witness.sources.jira;

import static io.witness.sources.export.Fixtures.client;
import static io.witness.sources.export.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.testing.Mutations;
import io.witness.sources.testing.ParsesCleanly;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes come in, the jira-sm parser answers with observations or clean problems, never an exception. */
class JiraParserProperties {

    private static final JiraFormat FORMAT = new JiraFormat();
    private static final ImportContext AMSTERDAM = client("jira-sm", Optional.of(ZoneId.of("Europe/Amsterdam")));
    private static final List<String> FIXTURES = List.of("issues.csv", "ITSD-42.changelog.json", "itsd-bundles.jsonl");

    @Provide
    Arbitrary<byte[]> mutatedExports() {
        return Mutations.mutated(FIXTURES.stream().map(name -> file(JiraParserProperties.class, name).bytes()).toList());
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(400),
                Arbitraries.strings().withChars("{}[]\":,\n issueKeyvalushtordcm0123456789-+TZ").ofMaxLength(400)
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
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
        ParsedFile parsed = ParsesCleanly.check(FORMAT, new ImportFile("ITSD-9.fuzz.json", bytes), AMSTERDAM).parsed();

        assertThat(parsed.problems().isEmpty() || parsed.observations().isEmpty()).isTrue();
    }
}

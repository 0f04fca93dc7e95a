package io.witness.sources.xes;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.testing.TextEdits;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.timeline.Imports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzing the XES reader: random and mutated bytes, plain or gzipped, end in problems, never in an exception. */
class XesFormatProperties {

    private static final XesFormat FORMAT = new XesFormat();
    private static final ImportContext CONTEXT = Imports.inZone(
            Imports.under(Imports.provider("xes"), Imports.contract(XesFormatProperties.class, "bpic2013-contract.yaml")),
            "Europe/Brussels");
    private static final byte[] LOG = Imports.bytes(XesFormatProperties.class, "two-incidents.xes");
    private static final List<String> FRAGMENTS = List.of("<", ">", "/>", "</event>", "<event>", "<trace>", "</trace>",
            "<string key=\"concept:name\" value=\"\"/>", "<date key=\"time:timestamp\" value=\"2012-13-40T25:61:00\"/>",
            "<!DOCTYPE log>", "&amp;", "&x;", "\"", "<![CDATA[x]]>", "\u0000", "\uFFFD", "é", "<list key=\"l\"><values>",
            "<container key=\"c\">", "<id key=\"identity:id\" value=\" \"/>", "<int key=\"n\" value=\"99999999999999999999\"/>");

    @Property(tries = 300)
    void randomBytesEndInProblemsOrNothing(@ForAll byte[] bytes) {
        readsCleanly(bytes);
    }

    @Property(tries = 400)
    void mutatedLogsEndInProblemsOrEvents(@ForAll("mutatedLogs") byte[] bytes) {
        readsCleanly(bytes);
    }

    @Property(tries = 150)
    void mutatedGzippedLogsEndInProblemsOrEvents(@ForAll("mutatedLogs") byte[] bytes, @ForAll("cuts") int cut) {
        byte[] gzipped = gzip(bytes);
        readsCleanly(Arrays.copyOf(gzipped, Math.max(2, gzipped.length - cut)));
    }

    private static void readsCleanly(byte[] bytes) {
        ParsedFile parsed = FORMAT.parse(new ImportFile("fuzz.xes", bytes), CONTEXT);
        assertThat(parsed.rowsRead()).isGreaterThanOrEqualTo(parsed.observations().size());
        parsed.problems().forEach(p -> assertThat(p.message()).isNotBlank());
        Map<CaseId, List<ObservationDraft>> cases = new LinkedHashMap<>();
        parsed.observations().forEach(o -> cases.computeIfAbsent(o.caseRef().orElseThrow(), c -> new ArrayList<>()).add(o));
        cases.forEach((id, observations) -> FORMAT.normalise(id, observations, CONTEXT));
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, 64);
    }

    @Provide
    Arbitrary<byte[]> mutatedLogs() {
        return TextEdits.of(new String(LOG, StandardCharsets.UTF_8), FRAGMENTS, 6, 40).map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

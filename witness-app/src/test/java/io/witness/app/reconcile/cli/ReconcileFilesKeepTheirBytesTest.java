package io.witness.app.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of a fixed reconcile keep every byte (#7): their SHA-256, recorded from the files as written one
 * row at a time through a JSON tree a row, before the writing was changed to chunks formatted in parallel
 * by Jackson's streaming generator. A note with a tab, a quote, a backslash, a control character, accents
 * and a character outside the BMP covers JSON escaping and UTF-8.
 */
class ReconcileFilesKeepTheirBytesTest {

    @TempDir
    Path dir;

    @Test
    void theQuickstartReconciledWithAnAnnotationWritesTheSameBytesAsBefore() throws Exception {
        Path notes = dir.resolve("notes.jsonl");
        Files.writeString(notes, "{\"type\":\"annotation\",\"finding\":\"sla-breach/INC0010001/response/witness/1\","
                + "\"status\":\"disputed\",\"by\":\"provider\",\"at\":\"2026-04-02T10:00:00Z\","
                + "\"note\":\"called at 22:20,\\t\\\"said\\\" ok\\\\ \\u0001 \u00fcn\u00efcode \u2713 \ud83d\ude00\"}\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("reconcile", "--contract", "../examples/dental-150/contract.yaml", "--events",
                "../examples/quickstart/events.jsonl", "--now", "2026-03-31T00:00:00Z", "--annotations", notes.toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(sha256OfEachFile(out)).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry("cases.csv", "822acea64ab5c7030772e4377188a9b72812f287ff620a3563f4acaf0aaf53e3"),
                Map.entry("cases.jsonl", "8c1fc58afcc958ac4b0d6b80d4bf23feb1bd069e53fb3883792608c409da2a2c"),
                Map.entry("claim-letter.html", "5201e218876bc848a81228053e3986c3cf8df6f0828e7950e4851c2c655c957d"),
                Map.entry("claim-letter.md", "ea8af368c5c762fc481116cc7b2bbbb00b921f16ee46510c8506294965535d56"),
                Map.entry("clocks.csv", "0ad42bdfcba30c97fc611bf8bd4be4f00c06e4d72a7d34a5586f0f2560d7f013"),
                Map.entry("clocks.jsonl", "9dd6ed418f381c86f4cd1b7e84a6d5697310598148d14938dffe8c325287772d"),
                Map.entry("credits.csv", "eebf50a8aea72f9a35b55b95f404586369b456ac2709a111606f4895a379b451"),
                Map.entry("credits.jsonl", "fe21cc7cf9aff579a7a5f68c80c38535a944859e34c877a212f5e8ecf31eeb76"),
                Map.entry("findings.csv", "521b9918af7cb70f33da25be965a082a3cd521afe9d05a5d946f94b8d0a2b69c"),
                Map.entry("findings.jsonl", "76c8f8605c9fcf31c83cd3609eb6b1cc809cc98e67f82a6c0d6a94b6c522b8fb"),
                Map.entry("kpis.csv", "ba3b225c37f720493f1644de65c3352a6b2e87cee3fe70cb590c346a036fd2d4"),
                Map.entry("kpis.jsonl", "e26f180d979e4c48a330d23433e0151dc385571381cca73a1b7a8b75251214c2"),
                Map.entry("patterns.txt", "6809732860fc656e2cef325f6d9621d2147740a7c17f607d035a9b7630c7cb65"))));
    }

    private static Map<String, String> sha256OfEachFile(Path folder) throws IOException, NoSuchAlgorithmException {
        Map<String, String> sums = new TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                sums.put(file.getFileName().toString(), HexFormat.of().formatHex(digest));
            }
        }
        return sums;
    }
}

package io.witness.ledger.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** transparency-dev/merkle's published vectors: every valid proof is accepted, every broken one refused. */
class MerkleVectorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> inclusion() throws IOException {
        return cases("inclusion");
    }

    static Stream<Arguments> consistency() throws IOException {
        return cases("consistency");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inclusion")
    void inclusionProofIsAcceptedExactlyWhenValid(String name, JsonNode vector) {
        ProofResult result = ProofVerifier.verifyInclusion(number(vector.get("leafIdx")), number(vector.get("treeSize")),
                bytes(vector.get("leafHash")), hashes(vector.get("proof")), bytes(vector.get("root")));

        assertThat(result.isVerified()).as(result.describe()).isEqualTo(!vector.get("wantErr").asBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistency")
    void consistencyProofIsAcceptedExactlyWhenValid(String name, JsonNode vector) {
        ProofResult result = ProofVerifier.verifyConsistency(number(vector.get("size1")), number(vector.get("size2")),
                hashes(vector.get("proof")), bytes(vector.get("root1")), bytes(vector.get("root2")));

        assertThat(result.isVerified()).as(result.describe()).isEqualTo(!vector.get("wantErr").asBoolean());
    }

    @org.junit.jupiter.api.Test
    void everyVectorFileIsRead() throws IOException {
        assertThat(inclusion().count() + consistency().count()).isGreaterThanOrEqualTo(190);
    }

    private static Stream<Arguments> cases(String kind) throws IOException {
        Path dir = RepoPaths.merkleVectors().resolve(kind);
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(Arguments.of(dir.relativize(file).toString(), JSON.readTree(Files.readString(file))));
            }
        }
        return out.stream();
    }

    // The vectors hold unsigned 64-bit numbers; past Long.MAX_VALUE they become negative, which is refused as Go refuses them.
    private static long number(JsonNode node) {
        return node.bigIntegerValue().longValue();
    }

    private static byte[] bytes(JsonNode node) {
        return node == null || node.isNull() ? new byte[0] : Base64.getDecoder().decode(node.asString());
    }

    private static List<byte[]> hashes(JsonNode node) {
        List<byte[]> out = new ArrayList<>();
        if (node != null && !node.isNull()) {
            node.forEach(h -> out.add(bytes(h)));
        }
        return out;
    }
}

package io.witness.ledger.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.witness.ledger.hash.Hash;
import io.witness.ledger.hash.Rfc9162;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    @Test
    void emptyTreeHasTheHashOfNothingAsRoot() {
        assertThat(MerkleTree.of(List.of()).root().toHex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void leafAndNodeHashesUseTheRfcPrefixes() {
        Hash leaf = Rfc9162.leafHash(new byte[0]);
        // RFC 6962 test vector: the hash of the empty leaf.
        assertThat(leaf.toHex()).isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        Hash two = Rfc9162.nodeHash(leaf, leaf);
        assertThat(MerkleTree.of(List.of(leaf, leaf)).root()).isEqualTo(two);
    }

    @Test
    void sevenLeafTreeGivesTheAuditPathOfRfc9162() {
        // RFC 9162 2.1.5: the path for d0 in the tree of 7 leaves is [b, h, l].
        List<Hash> leaves = List.of("d0", "d1", "d2", "d3", "d4", "d5", "d6").stream()
                .map(s -> Rfc9162.leafHash(s.getBytes(StandardCharsets.UTF_8))).toList();
        MerkleTree tree = MerkleTree.of(leaves);

        InclusionProof proof = tree.inclusionProof(0, 7);

        Hash h = Rfc9162.nodeHash(leaves.get(2), leaves.get(3));
        Hash l = Rfc9162.nodeHash(Rfc9162.nodeHash(leaves.get(4), leaves.get(5)), leaves.get(6));
        assertThat(proof.hashes()).containsExactly(leaves.get(1), h, l);
    }

    @Test
    void refusesAProofOfALeafOutsideTheTree() {
        MerkleTree tree = MerkleTree.of(MerkleProofProperties.leaves(3));

        assertThatThrownBy(() -> tree.inclusionProof(3, 3)).hasMessage("Leaf index 3 is outside a tree of 3 leaves");
        assertThatThrownBy(() -> tree.root(4)).hasMessage("Tree size 4 is outside 0..3");
        assertThatThrownBy(() -> tree.consistencyProof(0, 2)).hasMessage("A consistency proof needs 0 < size1 <= size2, got 0 and 2");
    }

    @Test
    void verifierSaysWhyAMalformedProofFails() {
        MerkleTree tree = MerkleTree.of(MerkleProofProperties.leaves(8));
        List<byte[]> path = tree.inclusionProof(0, 8).hashes().stream().map(Hash::bytes).toList();

        assertThat(ProofVerifier.verifyInclusion(0, 8, tree.leaf(0).bytes(), path.subList(0, 2), tree.root().bytes()).describe())
                .isEqualTo("wrong proof size 2, want 3");
        assertThat(ProofVerifier.verifyInclusion(8, 8, tree.leaf(0).bytes(), path, tree.root().bytes()).describe())
                .isEqualTo("index is beyond size: 8 >= 8");
        assertThat(ProofVerifier.verifyConsistency(0, 8, List.of(), tree.root().bytes(), tree.root().bytes()).describe())
                .isEqualTo("consistency proof from an empty tree is meaningless");
        assertThat(ProofVerifier.verifyInclusion(0, 8, tree.leaf(1).bytes(), path, tree.root().bytes()))
                .isInstanceOf(ProofResult.RootMismatch.class);
    }
}

package io.witness.ledger.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.hash.Hash;
import io.witness.ledger.hash.Rfc9162;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Proofs built by {@link MerkleTree} verify, and any change to leaf, index, size or root breaks them. */
class MerkleProofProperties {

    @Property(tries = 300)
    void inclusionProofOfEveryTreeVerifies(@ForAll @IntRange(min = 1, max = 300) int size, @ForAll @IntRange(min = 0, max = 299) int index) {
        Assume.that(index < size);
        MerkleTree tree = MerkleTree.of(leaves(size));

        InclusionProof proof = tree.inclusionProof(index, size);

        assertThat(ProofVerifier.verifyInclusion(proof, tree.leaf(index), tree.root()).isVerified()).isTrue();
    }

    @Property(tries = 300)
    void inclusionProofFailsForAnotherLeafIndexOrSize(@ForAll @IntRange(min = 2, max = 300) int size,
            @ForAll @IntRange(min = 0, max = 299) int index, @ForAll @IntRange(min = 1, max = 300) int other) {
        Assume.that(index < size && other != index && other < size);
        MerkleTree tree = MerkleTree.of(leaves(size));
        InclusionProof proof = tree.inclusionProof(index, size);
        List<byte[]> hashes = proof.hashes().stream().map(Hash::bytes).toList();

        assertThat(ProofVerifier.verifyInclusion(index, size, tree.leaf(other).bytes(), hashes, tree.root().bytes()).isVerified())
                .as("wrong leaf").isFalse();
        assertThat(ProofVerifier.verifyInclusion(other, size, tree.leaf(index).bytes(), hashes, tree.root().bytes()).isVerified())
                .as("wrong index").isFalse();
        MerkleTree grown = MerkleTree.of(leaves(size + 1));
        assertThat(ProofVerifier.verifyInclusion(index, size + 1, tree.leaf(index).bytes(), hashes, grown.root().bytes()).isVerified())
                .as("wrong size").isFalse();
        assertThat(ProofVerifier.verifyInclusion(index, size, tree.leaf(index).bytes(), hashes, tree.root(size - 1).bytes()).isVerified())
                .as("wrong root").isFalse();
    }

    @Property(tries = 300)
    void consistencyProofOfEveryPrefixVerifies(@ForAll @IntRange(min = 1, max = 300) int size1, @ForAll @IntRange(min = 1, max = 300) int size2) {
        Assume.that(size1 <= size2);
        MerkleTree tree = MerkleTree.of(leaves(size2));

        ConsistencyProof proof = tree.consistencyProof(size1, size2);

        assertThat(ProofVerifier.verifyConsistency(proof, tree.root(size1), tree.root(size2)).isVerified()).isTrue();
    }

    @Property(tries = 300)
    void consistencyProofFailsForAnotherHistory(@ForAll @IntRange(min = 2, max = 200) int size2, @ForAll @IntRange(min = 0, max = 10_000) int a,
            @ForAll @IntRange(min = 0, max = 10_000) int b) {
        int size1 = 1 + a % (size2 - 1);
        int changed = b % size1;
        MerkleTree tree = MerkleTree.of(leaves(size2));
        List<Hash> rewritten = new ArrayList<>(leaves(size2));
        rewritten.set(changed, Rfc9162.leafHash("rewritten".getBytes()));
        MerkleTree other = MerkleTree.of(rewritten);
        ConsistencyProof proof = tree.consistencyProof(size1, size2);

        assertThat(ProofVerifier.verifyConsistency(proof, other.root(size1), tree.root(size2)).isVerified())
                .as("old root of a rewritten history").isFalse();
        assertThat(ProofVerifier.verifyConsistency(other.consistencyProof(size1, size2), tree.root(size1), other.root(size2)).isVerified())
                .as("new root of a rewritten history").isFalse();
        if (size1 + 1 < size2) {
            assertThat(ProofVerifier.verifyConsistency(proof.size1() + 1, size2, proof.hashes().stream().map(Hash::bytes).toList(),
                    tree.root(size1 + 1).bytes(), tree.root(size2).bytes()).isVerified()).as("wrong size1").isFalse();
        }
    }

    @Property(tries = 200)
    void frontierRootEqualsTreeRoot(@ForAll @IntRange(min = 0, max = 600) int size) {
        List<Hash> leaves = leaves(size);
        TreeFrontier frontier = TreeFrontier.empty();
        leaves.forEach(frontier::append);

        TreeFrontier restored = TreeFrontier.restore(size, frontier.bytes());

        assertThat(frontier.root()).isEqualTo(MerkleTree.of(leaves).root()).isEqualTo(naiveRoot(leaves));
        assertThat(restored.root()).isEqualTo(frontier.root());
    }

    static List<Hash> leaves(int n) {
        List<Hash> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Rfc9162.leafHash(ByteBuffer.allocate(8).putLong(i).array()));
        }
        return out;
    }

    // RFC 9162 2.1.1 MTH, written as the RFC says.
    static Hash naiveRoot(List<Hash> leaves) {
        if (leaves.isEmpty()) {
            return Rfc9162.EMPTY_ROOT;
        }
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return Rfc9162.nodeHash(naiveRoot(leaves.subList(0, k)), naiveRoot(leaves.subList(k, leaves.size())));
    }
}

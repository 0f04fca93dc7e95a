/** Merkle trees over a log's leaf hashes: roots, inclusion and consistency proofs, built and verified as RFC 9162 says, with no database. */
@NullMarked
package io.witness.ledger.proof;

import org.jspecify.annotations.NullMarked;

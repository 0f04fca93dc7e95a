/** RFC 9162 hashing: SHA-256 digests, Merkle leaf and node hashes with their one-byte prefixes. */
@NullMarked
package io.witness.ledger.hash;

import org.jspecify.annotations.NullMarked;

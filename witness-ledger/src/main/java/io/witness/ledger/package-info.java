/** The evidence ledger: append-only observations, hash chain, signed Merkle checkpoints (issue #5). */
@NullMarked
package io.witness.ledger;

import org.jspecify.annotations.NullMarked;

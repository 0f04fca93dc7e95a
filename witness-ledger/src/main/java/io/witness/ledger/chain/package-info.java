/** The tenant's log: observations, the canonical encoding of each one that becomes its Merkle leaf, and the hash chain linking each to the one before. */
@NullMarked
package io.witness.ledger.chain;

import org.jspecify.annotations.NullMarked;

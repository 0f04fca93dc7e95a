/** Signed tree heads: a log's size, root hash and time in a documented text form, signed with Ed25519, and the key files that sign them. */
@NullMarked
package io.witness.ledger.checkpoint;

import org.jspecify.annotations.NullMarked;

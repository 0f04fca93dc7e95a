/** Evidence packs: the observations behind a case with their inclusion proofs, a signed checkpoint and the public key, written as a zip and verified offline. */
@NullMarked
package io.witness.ledger.pack;

import org.jspecify.annotations.NullMarked;

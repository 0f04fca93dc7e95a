/** Re-deriving a stored ledger from its rows: every digest, leaf, chain link and checkpoint, with each failing row named. */
@NullMarked
package io.witness.ledger.verify;

import org.jspecify.annotations.NullMarked;

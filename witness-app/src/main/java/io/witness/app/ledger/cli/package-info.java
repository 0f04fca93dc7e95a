/** The ledger's commands: the store options, {@code key}, {@code proof} and the hidden {@code ledger-load}. */
@NullMarked
package io.witness.app.ledger.cli;

import org.jspecify.annotations.NullMarked;

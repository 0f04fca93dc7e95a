/** {@code ./witness coverage}: the audit of the work that makes no tickets, from a tenant's ledger and its contract. */
@NullMarked
package io.witness.app.coverage.cli;

import org.jspecify.annotations.NullMarked;

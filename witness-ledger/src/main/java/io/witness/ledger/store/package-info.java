/** The ledger on PostgreSQL: migrations, the embedded or external server, appending observations under a per-tenant lock, checkpoints and reading back. */
@NullMarked
package io.witness.ledger.store;

import org.jspecify.annotations.NullMarked;

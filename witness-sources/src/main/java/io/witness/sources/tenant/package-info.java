/**
 * A tenant's tickets as the ledger holds them: every case's observations normalised again by the format
 * that parsed them, under the contract, with the records that changed between imports.
 */
@NullMarked
package io.witness.sources.tenant;

import org.jspecify.annotations.NullMarked;

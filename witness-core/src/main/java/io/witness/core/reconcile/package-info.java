/**
 * Reconciliation: the client's and the provider's tickets correlated into cases, each case's clocks
 * compared side by side and against the witnessed timeline, and every difference explained in words.
 */
@NullMarked
package io.witness.core.reconcile;

import org.jspecify.annotations.NullMarked;

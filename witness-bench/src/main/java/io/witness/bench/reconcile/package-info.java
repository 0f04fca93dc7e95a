/** The reconcile benchmark: a generated tenant of both sides' tickets reconciled stage by stage. */
@NullMarked
package io.witness.bench.reconcile;

import org.jspecify.annotations.NullMarked;

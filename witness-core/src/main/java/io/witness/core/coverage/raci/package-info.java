/** Incidents in areas the responsibility matrix leaves without an owner. */
@NullMarked
package io.witness.core.coverage.raci;

import org.jspecify.annotations.NullMarked;

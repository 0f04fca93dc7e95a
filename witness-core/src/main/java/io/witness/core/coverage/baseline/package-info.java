/** Security baseline checks: controls failing, and controls not reviewed as often as the contract requires. */
@NullMarked
package io.witness.core.coverage.baseline;

import org.jspecify.annotations.NullMarked;

/** Patch status snapshots per device, and how long missing patches have stayed missing. */
@NullMarked
package io.witness.core.coverage.patch;

import org.jspecify.annotations.NullMarked;

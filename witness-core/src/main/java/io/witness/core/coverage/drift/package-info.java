/** Configuration snapshots per device, every change from the baseline, and the change records that cover them. */
@NullMarked
package io.witness.core.coverage.drift;

import org.jspecify.annotations.NullMarked;

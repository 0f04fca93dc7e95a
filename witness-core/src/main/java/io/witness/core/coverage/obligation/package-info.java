/** Monthly reports, business reviews, preventive maintenance and documentation reviews against their cadence. */
@NullMarked
package io.witness.core.coverage.obligation;

import org.jspecify.annotations.NullMarked;

/** {@code ./witness calc}: calendar arithmetic over JSON lines. */
@NullMarked
package io.witness.app.calendar.cli;

import org.jspecify.annotations.NullMarked;

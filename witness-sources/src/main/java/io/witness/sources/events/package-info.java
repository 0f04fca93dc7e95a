/** The {@code events} import format: Witness's own JSON-lines ticket events, one observation a line. */
@NullMarked
package io.witness.sources.events;

import org.jspecify.annotations.NullMarked;

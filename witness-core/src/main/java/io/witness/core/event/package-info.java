/**
 * Canonical ticket events: what one side's system said happened to a case and when, read from and
 * written to the public JSON-lines format.
 */
@NullMarked
package io.witness.core.event;

import org.jspecify.annotations.NullMarked;

/**
 * The {@code xes} format: IEEE 1849 XES event logs (the process-mining standard), one observation per
 * event, normalised by the status each event shows.
 */
@NullMarked
package io.witness.sources.xes;

import org.jspecify.annotations.NullMarked;

/**
 * HaloPSA: its ticket exports (a report or list's CSV, {@code GET /api/Tickets} JSON) and ticket actions
 * ({@code GET /api/Actions}) as observations, and a ticket's timeline from them.
 */
@NullMarked
package io.witness.sources.halopsa;

import org.jspecify.annotations.NullMarked;

/**
 * ConnectWise PSA (Manage): its ticket exports (board list CSV, {@code GET /service/tickets} JSON), audit
 * trail, notes and time entries as observations, and a ticket's timeline from them.
 */
@NullMarked
package io.witness.sources.connectwise;

import org.jspecify.annotations.NullMarked;

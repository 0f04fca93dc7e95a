/**
 * Autotask PSA: its ticket exports (a search's CSV, REST {@code Tickets/query} JSON), ticket history and
 * ticket notes as observations, and a ticket's timeline from them.
 */
@NullMarked
package io.witness.sources.autotask;

import org.jspecify.annotations.NullMarked;

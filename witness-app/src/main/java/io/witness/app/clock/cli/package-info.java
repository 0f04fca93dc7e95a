/** {@code ./witness clocks}: every SLA clock of every case, from a contract and events. */
@NullMarked
package io.witness.app.clock.cli;

import org.jspecify.annotations.NullMarked;

/**
 * The SLA clock engine: clock definitions from the contract (start, pause, resume, stop, cancel and
 * reset conditions; targets per priority; policies), and the pure computation of each clock of a case
 * from its events, with segments that explain every figure.
 */
@NullMarked
package io.witness.core.clock;

import org.jspecify.annotations.NullMarked;

/**
 * The contract as data: one YAML file with its calendars, clocks and status classes (and, as the
 * contract grows, every other term), read with an exact position for each problem.
 */
@NullMarked
package io.witness.core.contract;

import org.jspecify.annotations.NullMarked;

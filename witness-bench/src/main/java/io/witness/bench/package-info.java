/**
 * The performance benchmark of the calendar and the SLA clock engine (issue #3): a deterministic workload
 * generator, and a timed run that prints engine and calendar throughput beside a plain baseline.
 */
@NullMarked
package io.witness.bench;

import org.jspecify.annotations.NullMarked;

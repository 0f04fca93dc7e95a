/**
 * The audit of the work that makes no tickets: backup scope and restore tests, patch lag, configuration
 * drift, the security baseline, non-ticket obligations, responsibility gaps and cost, as findings with
 * their evidence, clause and cost, and the summary figures of a coverage report.
 */
@NullMarked
package io.witness.core.coverage;

import org.jspecify.annotations.NullMarked;

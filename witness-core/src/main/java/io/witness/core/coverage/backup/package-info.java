/** Backup jobs and restore tests against the contract's backup scope and restore-test obligations. */
@NullMarked
package io.witness.core.coverage.backup;

import org.jspecify.annotations.NullMarked;

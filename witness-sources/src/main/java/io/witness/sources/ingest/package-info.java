/**
 * Importing evidence files whole: parse every file with its format, refuse the import with every problem,
 * derive each case's events from its whole history, find rewritten history, and store the observations
 * in one transaction with a signed checkpoint.
 */
@NullMarked
package io.witness.sources.ingest;

import org.jspecify.annotations.NullMarked;

/**
 * The documented canonical formats of operational evidence (docs/coverage.md): inventory, backup jobs,
 * restore tests, patch status, configuration snapshots, change records, baseline checks, obligation
 * records, market prices and invoices; the reading they share; and the coverage evidence of a tenant's
 * ledger.
 */
@NullMarked
package io.witness.sources.operations;

import org.jspecify.annotations.NullMarked;

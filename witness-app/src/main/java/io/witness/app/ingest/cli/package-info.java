/** The {@code import} command: evidence files into the ledger, with a progress bar and a summary. */
@NullMarked
package io.witness.app.ingest.cli;

import org.jspecify.annotations.NullMarked;

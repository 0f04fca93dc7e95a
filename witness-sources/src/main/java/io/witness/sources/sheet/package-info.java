/**
 * Rows of spreadsheets and CSV exports as evidence: each record's exact text (or, for XLSX, a canonical
 * JSON of its cells) and where it is, its cells, and their values typed where obvious.
 */
@NullMarked
package io.witness.sources.sheet;

import org.jspecify.annotations.NullMarked;

/**
 * The {@code tracker} format: the client's own spreadsheet of IT issues (CSV or XLSX), its columns found
 * by their usual names, each row one observation and the client's own record of a case.
 */
@NullMarked
package io.witness.sources.tracker;

import org.jspecify.annotations.NullMarked;

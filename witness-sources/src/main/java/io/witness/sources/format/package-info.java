/**
 * The formats Witness imports (a vendor's export, a spreadsheet, an event log): how each reads its files
 * into observations, and how the observations of a case become canonical ticket events.
 */
@NullMarked
package io.witness.sources.format;

import org.jspecify.annotations.NullMarked;

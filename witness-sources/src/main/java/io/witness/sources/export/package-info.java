/**
 * Reading the tables that ticket systems export (CSV and XLSX): every row with its exact raw form and its
 * place in the file, columns found by label or element name, and the local times written in them.
 */
@NullMarked
package io.witness.sources.export;

import org.jspecify.annotations.NullMarked;

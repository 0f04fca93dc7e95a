/**
 * The {@code csv} format: any CSV export read through a small YAML mapping file that names its columns,
 * its separator, its times and whether its rows are snapshots of tickets or events.
 */
@NullMarked
package io.witness.sources.csv;

import org.jspecify.annotations.NullMarked;

/** {@code ./witness demo}: the product on bundled example data. */
@NullMarked
package io.witness.app.demo.cli;

import org.jspecify.annotations.NullMarked;

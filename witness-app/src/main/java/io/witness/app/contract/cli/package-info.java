/** {@code ./witness contract check} and {@code ./witness contract schema}: a contract file checked and summarised. */
@NullMarked
package io.witness.app.contract.cli;

import org.jspecify.annotations.NullMarked;

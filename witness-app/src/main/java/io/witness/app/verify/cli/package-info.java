/** Proving the record intact: {@code verify} over the whole store and {@code verify-pack} over one evidence pack, offline. */
@NullMarked
package io.witness.app.verify.cli;

import org.jspecify.annotations.NullMarked;

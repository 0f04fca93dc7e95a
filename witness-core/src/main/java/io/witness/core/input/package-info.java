/**
 * Reading input documents (YAML, JSON lines) with exact positions, and reporting every problem found
 * in them at once as {@link io.witness.core.input.InputProblem}s.
 */
@NullMarked
package io.witness.core.input;

import org.jspecify.annotations.NullMarked;

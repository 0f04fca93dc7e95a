/** The coverage benchmark of issue #8: the patch-lag audit over 50,000 devices × 12 monthly patch reports. */
@NullMarked
package io.witness.bench.coverage;

import org.jspecify.annotations.NullMarked;

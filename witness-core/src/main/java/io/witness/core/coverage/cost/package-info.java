/** What the client pays against market prices, and what it pays for services the evidence shows were not delivered. */
@NullMarked
package io.witness.core.coverage.cost;

import org.jspecify.annotations.NullMarked;

/** The client's inventory of systems, with their criticality and the contract asset each belongs to. */
@NullMarked
package io.witness.core.coverage.asset;

import org.jspecify.annotations.NullMarked;

/**
 * The service-gap register: every finding as a gap with its category, timeline, people and
 * communications on record, clause, actual against promised, business impact, evidence and annotations.
 */
@NullMarked
package io.witness.core.register;

import org.jspecify.annotations.NullMarked;

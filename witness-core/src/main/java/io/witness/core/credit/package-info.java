/**
 * Service credits: what each provider owes for each measurement period under the contract's credit
 * schedule, with the arithmetic shown step by step, and the claim letter that cites each breach.
 */
@NullMarked
package io.witness.core.credit;

import org.jspecify.annotations.NullMarked;

/**
 * Findings: each service gap, disagreement or rewritten history Witness finds, with the evidence that
 * shows it, the contract clause it concerns and what it cost. Every report is built from findings.
 */
@NullMarked
package io.witness.core.finding;

import org.jspecify.annotations.NullMarked;

/**
 * A tenant's whole reconciliation, stage by stage: cases, clocks and findings, the gap register, KPIs
 * and credits, each stage a call its caller can time.
 */
@NullMarked
package io.witness.core.audit;

import org.jspecify.annotations.NullMarked;

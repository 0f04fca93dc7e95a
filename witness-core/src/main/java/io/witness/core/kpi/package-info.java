/**
 * KPIs: per provider, per period and per priority, how fast cases were answered and resolved, how
 * often clocks were met, fixed the first time, reopened or repeated, how they arrived, climbed tiers and
 * waited in the backlog, each a typed value with its definition (docs/kpis.md).
 */
@NullMarked
package io.witness.core.kpi;

import org.jspecify.annotations.NullMarked;

/**
 * The contract as data: one YAML file (docs/contract.md, schema docs/schemas/contract.schema.json) read
 * into immutable terms (parties and their sources, calendars, priorities and their maps, status classes,
 * SLA clocks per provider, credits, obligations, responsibilities, pricing, business impact) in versions
 * with effective dates, with an exact position for each problem; and written back.
 */
@NullMarked
package io.witness.core.contract;

import org.jspecify.annotations.NullMarked;

/**
 * What the providers' PSA formats (ConnectWise, Autotask, HaloPSA) share: reading their CSV and JSON
 * exports into records, their times, the sentences of their audit trails, and building one ticket's
 * timeline from its snapshots, field changes and notes.
 */
@NullMarked
package io.witness.sources.psa;

import org.jspecify.annotations.NullMarked;

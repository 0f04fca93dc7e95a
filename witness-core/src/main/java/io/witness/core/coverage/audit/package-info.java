/**
 * What every coverage rule is given and gives back: the contract's terms on the audit date, the period
 * audited, the settings, the obligations checked, and the findings built in one way.
 */
@NullMarked
package io.witness.core.coverage.audit;

import org.jspecify.annotations.NullMarked;

/** {@code ./witness kpis}: KPIs and patterns straight from canonical events, for an audit without a ledger. */
@NullMarked
package io.witness.app.kpi.cli;

import org.jspecify.annotations.NullMarked;

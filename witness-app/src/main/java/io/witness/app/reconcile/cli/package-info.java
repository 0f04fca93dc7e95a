/** The {@code reconcile} and {@code annotate} commands: a tenant's cases, clocks, findings, KPIs and credits into files. */
@NullMarked
package io.witness.app.reconcile.cli;

import org.jspecify.annotations.NullMarked;

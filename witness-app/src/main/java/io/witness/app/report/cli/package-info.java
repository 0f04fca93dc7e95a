/** The {@code report} command: an audit's results written as the independent audit report. */
@NullMarked
package io.witness.app.report.cli;

import org.jspecify.annotations.NullMarked;

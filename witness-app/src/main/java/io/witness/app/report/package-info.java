/**
 * The written reports of an audit — the independent audit report, monthly service reports, QBR packs, the renewal
 * brief and the claim letter — built from one audit's facts and written as XHTML with SVG charts, as PDF, and each
 * table as CSV and JSON.
 */
@NullMarked
package io.witness.app.report;

import org.jspecify.annotations.NullMarked;

/**
 * The {@code servicenow-eventlog} import format: a ServiceNow incident event log (one CSV row per update
 * of an incident, the incident's fields as of that update), each incident's timeline rebuilt from its
 * consecutive snapshots. See docs/importers/servicenow-eventlog.md.
 */
@NullMarked
package io.witness.sources.servicenow.eventlog;

import org.jspecify.annotations.NullMarked;

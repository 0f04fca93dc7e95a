/**
 * The {@code jira-sm} import format: Jira Service Management's issue CSV export, with, when given, each
 * issue's changelog, comments and SLA records as the REST API returns them, read into observations and
 * each issue's events.
 */
@NullMarked
package io.witness.sources.jira;

import org.jspecify.annotations.NullMarked;

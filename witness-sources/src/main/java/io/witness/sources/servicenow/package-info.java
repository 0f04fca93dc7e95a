/**
 * The {@code servicenow} import format: the incident list as ServiceNow's list view exports it (CSV or
 * Excel, display or raw values) with, when given, its history ({@code sys_audit}, {@code sys_journal_field},
 * {@code metric_instance}) and its {@code task_sla} rows, read into observations and each incident's events.
 */
@NullMarked
package io.witness.sources.servicenow;

import org.jspecify.annotations.NullMarked;

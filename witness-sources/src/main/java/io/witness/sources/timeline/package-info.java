/**
 * How the states and changes a source recorded for one ticket become its canonical events: opened,
 * status changes with their class, priority changes, assignments, details, claims, and the resolved,
 * closed and reopened events a status implies.
 */
@NullMarked
package io.witness.sources.timeline;

import org.jspecify.annotations.NullMarked;

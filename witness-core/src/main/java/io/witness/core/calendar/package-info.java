/**
 * Business calendars: when the service is open (weekly hours, holidays, extra days, versions by
 * effective date, in an IANA zone), and exact arithmetic on open time between instants.
 */
@NullMarked
package io.witness.core.calendar;

import org.jspecify.annotations.NullMarked;

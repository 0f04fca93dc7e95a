/**
 * Patterns: what the cases of a provider show beyond the KPIs, each stated as a sentence with its
 * numbers and the data behind it (frequencies, response-time trends with a significance test, recurring
 * problems, when cases arrive, where breaches concentrate).
 */
@NullMarked
package io.witness.core.pattern;

import org.jspecify.annotations.NullMarked;

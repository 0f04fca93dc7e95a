/**
 * Reading the times written in evidence files: with an offset, or as local times in a given zone under
 * one fixed rule for the hours daylight saving time skips or repeats.
 */
@NullMarked
package io.witness.sources.time;

import org.jspecify.annotations.NullMarked;

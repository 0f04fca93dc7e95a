/** Text files as formats read them: strict UTF-8 with the place of a bad byte, and where each line starts. */
@NullMarked
package io.witness.sources.text;

import org.jspecify.annotations.NullMarked;

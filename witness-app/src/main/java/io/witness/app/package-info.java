/** The application: the {@code ./witness} command line (and later the web UI, REST API and reports). */
@NullMarked
package io.witness.app;

import org.jspecify.annotations.NullMarked;
